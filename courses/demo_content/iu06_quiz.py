# Demo course IU06: the quiz and its question bank, used by iu06.py. Plain data only; see README.md.

QUIZ = {
    "title": "Bài kiểm tra: Sử dụng Internet cơ bản",
    "slug": "bai-kiem-tra",
    "intro": "<p>Bài kiểm tra gồm 12 câu hỏi về trình duyệt, tìm kiếm và đánh giá thông tin, thư "
    "điện tử công vụ, dịch vụ công trực tuyến và an toàn trên mạng. Cần đạt 70% để hoàn thành "
    "khóa học; bạn có tối đa 3 lượt làm bài.</p>",
    "pass_mark": 70,
    "max_attempts": 3,
    "time_limit_minutes": 20,
    "draw_count": None,
    "questions": [
        {
            "kind": "single",
            "text": "Trong địa chỉ https://vbpl.vn/tw/Pages/home.aspx, tên miền là phần nào?",
            "answers": [
                ("vbpl.vn", True),
                ("https", False),
                ("tw/Pages", False),
                ("home.aspx", False),
            ],
            "explanation": "<p>Tên miền nằm sau https:// và trước dấu / đầu tiên: "
            "<b>vbpl.vn</b>.</p>",
        },
        {
            "kind": "true_false",
            "text": "Trang web có biểu tượng ổ khóa và địa chỉ bắt đầu bằng https chắc chắn là "
            "trang đáng tin cậy.",
            "answers": [("Đúng", False), ("Sai", True)],
            "explanation": "<p>Sai. Https chỉ cho biết đường truyền được mã hoá; trang lừa đảo "
            "cũng có thể dùng https. Cần kiểm tra tên miền thật sự.</p>",
        },
        {
            "kind": "single",
            "text": "Địa chỉ nào dưới đây thuộc Cổng Dịch vụ công quốc gia?",
            "answers": [
                ("https://dichvucong.gov.vn", True),
                ("https://dichvucong-gov.vn.com", False),
                ("https://dichvuc0ng.vn", False),
                ("https://dichvucong.gov.vn.hoso-online.net", False),
            ],
            "explanation": "<p>Cổng Dịch vụ công quốc gia có tên miền <b>dichvucong.gov.vn</b>. "
            "Các địa chỉ còn lại là kiểu tên miền na ná hay bị dùng để giả mạo.</p>",
        },
        {
            "kind": "single",
            "text": "Muốn chỉ tìm kết quả trong các trang có tên miền của cơ quan nhà nước Việt "
            "Nam, nên thêm gì vào từ khoá?",
            "answers": [
                ("site:gov.vn", True),
                ("filetype:gov", False),
                ("-gov.vn", False),
                ('"gov"', False),
            ],
            "explanation": "<p>Toán tử <b>site:</b> giới hạn kết quả trong một tên miền. Dấu trừ "
            "thì ngược lại: loại bỏ các kết quả có từ đó.</p>",
        },
        {
            "kind": "multiple",
            "text": "Những nguồn nào là nguồn chính thống để tra cứu văn bản quy phạm pháp luật? "
            "(Chọn các đáp án đúng)",
            "answers": [
                ("Cơ sở dữ liệu quốc gia về văn bản pháp luật (vbpl.vn)", True),
                ("Công báo (congbao.chinhphu.vn)", True),
                ("Ảnh chụp văn bản được chia sẻ trong nhóm Zalo", False),
                ("Một trang tổng hợp không rõ đơn vị quản lý", False),
            ],
            "explanation": "<p>vbpl.vn và Công báo là nguồn chính thống, có thông tin hiệu lực. "
            "Ảnh chụp lan truyền và trang không rõ nguồn cần được kiểm chứng.</p>",
        },
        {
            "kind": "single",
            "text": "Bạn gửi thư thông báo cho 80 hộ kinh doanh. Để họ không thấy địa chỉ thư của "
            "nhau, đặt địa chỉ vào ô nào?",
            "answers": [
                ("BCC", True),
                ("CC", False),
                ("Đến (To)", False),
            ],
            "explanation": "<p>Người nhận trong ô <b>BCC</b> không nhìn thấy nhau, tránh lộ danh "
            "sách địa chỉ thư.</p>",
        },
        {
            "kind": "multiple",
            "text": "Những cách làm nào đúng với thư điện tử công vụ? (Chọn các đáp án đúng)",
            "answers": [
                ("Tiêu đề nêu rõ nội dung và thời hạn", True),
                ("Có chữ ký cuối thư gồm họ tên, chức vụ, đơn vị, điện thoại cơ quan", True),
                ("Dùng Gmail cá nhân để gửi tài liệu công việc cho nhanh", False),
                ("Luôn bấm Reply All để mọi người cùng biết", False),
                ("Để trống tiêu đề, ghi nội dung trong tệp đính kèm", False),
            ],
            "explanation": "<p>Thư công vụ cần tiêu đề rõ, chữ ký đầy đủ và gửi từ hộp thư công "
            "vụ. Chỉ dùng Reply All khi mọi người trong danh sách thật sự cần biết.</p>",
        },
        {
            "kind": "single",
            "text": "Người dân đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản nào?",
            "answers": [
                ("Tài khoản định danh điện tử (VNeID)", True),
                ("Tài khoản Zalo", False),
                ("Tài khoản thư công vụ của cán bộ tiếp nhận", False),
                ("Tài khoản Facebook", False),
            ],
            "explanation": "<p>Người dân đăng nhập bằng <b>tài khoản định danh điện tử</b> trên "
            "ứng dụng VNeID. Cán bộ không cho người dân dùng tài khoản của mình.</p>",
        },
        {
            "kind": "true_false",
            "text": "Dịch vụ công trực tuyến toàn trình là dịch vụ mà mọi bước, kể cả nhận kết "
            "quả, đều được thực hiện trên môi trường mạng.",
            "answers": [("Đúng", True), ("Sai", False)],
            "explanation": "<p>Đúng. Nếu còn ít nhất một bước phải làm trực tiếp thì đó là dịch vụ "
            "công trực tuyến <b>một phần</b>.</p>",
        },
        {
            "kind": "single",
            "text": "Có người gọi điện xưng là cán bộ cơ quan thuế, đề nghị bạn đọc mã OTP vừa "
            "nhận được để “cập nhật hồ sơ”. Bạn nên làm gì?",
            "answers": [
                ("Không cung cấp mã, kết thúc cuộc gọi và kiểm tra qua kênh chính thức", True),
                ("Đọc mã vì người gọi biết họ tên và địa chỉ của bạn", False),
                ("Đọc mã nhưng đổi mật khẩu sau đó", False),
                ("Gửi mã qua tin nhắn thay vì đọc qua điện thoại", False),
            ],
            "explanation": "<p>Cơ quan nhà nước không yêu cầu cung cấp mật khẩu hay mã OTP qua điện "
            "thoại. Kẻ gian có thể biết trước một số thông tin cá nhân để tạo lòng tin.</p>",
        },
        {
            "kind": "single",
            "text": "Cách nào an toàn nhất để mở hệ thống thư điện tử công vụ mỗi ngày?",
            "answers": [
                ("Mở từ dấu trang đã lưu hoặc tự gõ đúng địa chỉ", True),
                ("Tìm trên công cụ tìm kiếm rồi bấm vào kết quả quảng cáo đầu tiên", False),
                ("Bấm vào đường dẫn trong tin nhắn SMS nhắc đăng nhập", False),
            ],
            "explanation": "<p>Dấu trang hoặc tự gõ địa chỉ giúp tránh trang giả mạo xuất hiện "
            "qua quảng cáo hay đường dẫn trong tin nhắn.</p>",
        },
        {
            "kind": "single",
            "text": "Hành vi nào phù hợp với văn hoá ứng xử trên mạng của cán bộ, công chức?",
            "answers": [
                ("Kiểm chứng thông tin với nguồn chính thống trước khi chia sẻ", True),
                ("Đăng ảnh hồ sơ của người dân lên trang cá nhân để minh hoạ công việc", False),
                ("Viết toàn chữ in hoa trong nhóm công việc để nhấn mạnh", False),
                ("Nhân danh cơ quan bình luận chính sách dù không được giao phát ngôn", False),
            ],
            "explanation": "<p>Kiểm chứng trước khi chia sẻ là ứng xử có trách nhiệm. Đăng hồ sơ "
            "người dân vi phạm dữ liệu cá nhân; chỉ người được giao mới phát ngôn nhân danh cơ "
            "quan.</p>",
        },
    ],
}
