# Demo course IU04: the quiz and its question bank, used by iu04.py. Plain data only; see README.md.

QUIZ = {
    "title": "Bài kiểm tra: Sử dụng bảng tính cơ bản",
    "slug": "bai-kiem-tra",
    "intro": "<p>Bài kiểm tra gồm 12 câu hỏi về ô, công thức, hàm, định dạng, sắp xếp, lọc, "
    "biểu đồ và in ấn. Cần đạt 70% để hoàn thành khóa học; bạn có tối đa 3 lượt làm bài.</p>",
    "pass_mark": 70,
    "max_attempts": 3,
    "time_limit_minutes": 20,
    "draw_count": None,
    "questions": [
        {
            "kind": "single",
            "text": "Vùng ô gồm các ô từ B3 đến E10 được viết như thế nào?",
            "answers": [
                ("B3:E10", True),
                ("B3-E10", False),
                ("B3;E10", False),
                ("B3/E10", False),
            ],
            "explanation": "<p>Vùng ô được viết bằng ô đầu và ô cuối, cách nhau dấu hai chấm: "
            "<b>B3:E10</b>.</p>",
        },
        {
            "kind": "single",
            "text": "Mọi công thức trong Excel hoặc Calc phải bắt đầu bằng ký tự nào?",
            "answers": [
                ("Dấu bằng (=)", True),
                ("Dấu cộng (+)", False),
                ("Dấu thăng (#)", False),
                ("Dấu nháy đơn (')", False),
            ],
            "explanation": "<p>Công thức bắt đầu bằng dấu <b>=</b>. Dấu nháy đơn ở đầu ô lại "
            "có tác dụng ngược lại: buộc nội dung được hiểu là văn bản.</p>",
        },
        {
            "kind": "single",
            "text": 'Công thức =COUNTIF(D6:AH6;"x") trả về kết quả gì?',
            "answers": [
                ("Số ô trong vùng D6:AH6 có nội dung là “x”", True),
                ("Tổng các số trong vùng D6:AH6", False),
                ("Số ô không trống trong vùng D6:AH6", False),
                ("Vị trí của ô đầu tiên chứa “x”", False),
            ],
            "explanation": "<p>COUNTIF đếm số ô trong vùng thoả tiêu chí; ở đây là các ô có "
            "ký hiệu “x”, tức số ngày công trong bảng chấm công.</p>",
        },
        {
            "kind": "single",
            "text": "Ô B2 chứa mức lương cơ sở. Cách viết nào giữ cố định ô này khi sao chép "
            "công thức xuống các hàng khác?",
            "answers": [
                ("$B$2", True),
                ("B2", False),
                ("#B#2", False),
                ("(B2)", False),
            ],
            "explanation": "<p>Dấu <b>$</b> trước tên cột và số hàng tạo địa chỉ tuyệt đối; "
            "nhấn F4 (Excel) hoặc Shift + F4 (Calc) để chuyển nhanh.</p>",
        },
        {
            "kind": "single",
            "text": 'Ô AI6 có giá trị 20. Công thức =IF(AI6>=22;"Đủ công";"Thiếu công") cho kết '
            "quả gì?",
            "answers": [
                ("Thiếu công", True),
                ("Đủ công", False),
                ("20", False),
                ("Báo lỗi vì thiếu đối số", False),
            ],
            "explanation": "<p>Điều kiện 20 &gt;= 22 sai, nên IF trả về giá trị thứ ba: "
            "<b>Thiếu công</b>.</p>",
        },
        {
            "kind": "multiple",
            "text": "Những cách làm nào giúp bảng dữ liệu dễ sắp xếp, lọc và tính toán? (Chọn "
            "các đáp án đúng)",
            "answers": [
                ("Mỗi cột chỉ chứa một loại thông tin, hàng đầu là tiêu đề cột", True),
                ("Không để hàng trống hoặc cột trống giữa bảng", True),
                ("Gõ cả đơn vị tính vào ô số, ví dụ “1.500.000 đồng”", False),
                ("Gộp ô ở giữa vùng dữ liệu cho đẹp", False),
            ],
            "explanation": "<p>Bảng liền mạch, mỗi cột một loại thông tin là điều kiện để sắp "
            "xếp, lọc đúng. Gõ đơn vị vào ô làm số thành văn bản; gộp ô trong vùng dữ liệu làm "
            "sắp xếp và lọc bị lỗi.</p>",
        },
        {
            "kind": "true_false",
            "text": "Định dạng một ô thành phần trăm với một chữ số thập phân sẽ làm tròn giá "
            "trị thật được lưu trong ô.",
            "answers": [("Đúng", False), ("Sai", True)],
            "explanation": "<p>Sai. Định dạng chỉ thay đổi cách hiển thị; giá trị thật vẫn giữ "
            "nguyên. Muốn làm tròn giá trị thật, dùng hàm ROUND.</p>",
        },
        {
            "kind": "single",
            "text": "Để so sánh số hồ sơ tiếp nhận giữa 8 xã trong quý, loại biểu đồ nào phù "
            "hợp nhất?",
            "answers": [
                ("Biểu đồ cột", True),
                ("Biểu đồ tròn 3D", False),
                ("Biểu đồ đường", False),
            ],
            "explanation": "<p>Biểu đồ cột dùng để so sánh giữa các đơn vị. Biểu đồ đường hợp với "
            "xu hướng theo thời gian; biểu đồ tròn 3D dễ làm sai lệch cảm nhận về độ lớn.</p>",
        },
        {
            "kind": "single",
            "text": "Bạn chỉ chọn cột “Họ và tên” rồi sắp xếp riêng cột đó theo A–Z. Điều gì "
            "xảy ra?",
            "answers": [
                (
                    "Họ tên bị đảo thứ tự nhưng số liệu các cột khác đứng yên, dữ liệu bị lệch",
                    True,
                ),
                ("Toàn bộ bảng được sắp xếp đúng theo họ tên", False),
                ("Phần mềm tự tách tên để sắp theo tên", False),
                ("Không có gì thay đổi", False),
            ],
            "explanation": "<p>Sắp xếp riêng một cột làm các hàng bị lệch, họ tên không còn khớp "
            "với số liệu. Hãy chọn một ô trong bảng rồi dùng Data → Sort; nếu lỡ làm, nhấn "
            "Ctrl + Z.</p>",
        },
        {
            "kind": "true_false",
            "text": "Bộ lọc (Filter) xoá các hàng không thoả điều kiện khỏi bảng tính.",
            "answers": [("Đúng", False), ("Sai", True)],
            "explanation": "<p>Sai. Bộ lọc chỉ tạm ẩn các hàng; chọn Clear Filter là thấy lại "
            "toàn bộ dữ liệu.</p>",
        },
        {
            "kind": "multiple",
            "text": "Bảng chấm công 31 ngày bị in tràn sang nhiều trang. Những thiết lập nào "
            "giúp in gọn? (Chọn các đáp án đúng)",
            "answers": [
                ("Chọn khổ giấy ngang (Landscape)", True),
                ("Chọn Fit All Columns on One Page ở mục Scaling", True),
                ("Tăng cỡ chữ toàn bảng lên 16", False),
                ("Chèn thêm cột trống giữa các ngày", False),
                ("Tăng lề trang lên 4 cm", False),
            ],
            "explanation": "<p>Khổ ngang và co giãn vừa một trang theo chiều ngang là hai cách "
            "chính. Tăng cỡ chữ, thêm cột hay tăng lề đều làm bảng càng tràn trang.</p>",
        },
        {
            "kind": "single",
            "text": "Cần gửi bảng tổng hợp số liệu để lãnh đạo xem trên điện thoại, giữ nguyên "
            "bố cục và không sửa được dễ dàng. Nên gửi dạng nào?",
            "answers": [
                ("Tệp PDF xuất từ bảng tính", True),
                ("Ảnh chụp màn hình gửi qua Zalo cá nhân", False),
                ("Tệp .xlsx không khoá", False),
                ("Dán bảng vào phần thân thư dưới dạng văn bản thường", False),
            ],
            "explanation": "<p>PDF giữ nguyên bố cục trang in, mở được trên mọi thiết bị và có "
            "thể ký số. Tài liệu công việc nên gửi qua thư điện tử công vụ hoặc hệ thống quản lý "
            "văn bản.</p>",
        },
    ],
}
