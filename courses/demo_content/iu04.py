# Demo course IU04: Sử dụng bảng tính cơ bản. Plain data only; see README.md in this folder.

from .iu04_quiz import QUIZ

COURSE = {
    "code": "IU04",
    "title": "Sử dụng bảng tính cơ bản",
    "slug": "iu04-su-dung-bang-tinh-co-ban",
    "summary": (
        "Khóa học giúp cán bộ, công chức, viên chức làm chủ bảng tính Microsoft Excel hoặc "
        "LibreOffice Calc: nhập liệu đúng cách, dùng công thức và các hàm SUM, AVERAGE, IF, COUNTIF, "
        "định dạng, sắp xếp, lọc, vẽ biểu đồ và in ấn. Các ví dụ lấy từ công việc thường ngày như "
        "bảng chấm công và bảng tổng hợp số liệu báo cáo."
    ),
    "outcomes": [
        "Nhận biết bảng tính, trang tính, ô, hàng, cột, vùng ô và nhập dữ liệu đúng kiểu.",
        "Viết công thức với địa chỉ tương đối, tuyệt đối và dùng các hàm SUM, AVERAGE, IF, COUNTIF.",
        "Định dạng bảng số liệu rõ ràng, dễ đọc theo thói quen trình bày của cơ quan.",
        "Sắp xếp, lọc dữ liệu và tạo biểu đồ phù hợp để minh hoạ số liệu báo cáo.",
        "Thiết lập trang in, in bảng tính gọn trên khổ A4 và xuất ra tệp PDF để gửi đi.",
    ],
    "hours": "8",
    "level": "basic",
    "audience": "Cán bộ, công chức, viên chức và người lao động",
    "topic": "Ứng dụng văn phòng",
    "competencies": ["IU04"],
    "lessons": [
        {
            "title": "Làm quen với bảng tính",
            "slug": "lam-quen-voi-bang-tinh",
            "minutes": 30,
            "body": [
                ("heading", "Bảng tính dùng để làm gì?"),
                (
                    "paragraph",
                    "<p>Trong công việc hành chính, rất nhiều thông tin có dạng bảng: danh sách "
                    "cán bộ, bảng chấm công, bảng theo dõi hồ sơ thủ tục hành chính, số liệu kinh phí, "
                    "kết quả thực hiện chỉ tiêu. Phần mềm bảng tính như <b>Microsoft Excel</b> hay "
                    "<b>LibreOffice Calc</b> (miễn phí, mã nguồn mở) giúp lưu các bảng đó, tự động tính "
                    "toán khi số liệu thay đổi, sắp xếp, lọc và vẽ biểu đồ. Khác với việc kẻ bảng trong "
                    "Word, bảng tính “hiểu” con số: khi sửa một ô, mọi tổng cộng liên quan được tính lại "
                    "ngay.</p>"
                    "<p>Bài học mô tả theo Excel, kèm tên lệnh của Calc khi khác biệt. Tệp Excel có "
                    "đuôi <b>.xlsx</b>, tệp Calc mặc định là <b>.ods</b>; hai phần mềm mở được tệp của "
                    "nhau.</p>",
                ),
                ("heading", "Bảng tính, trang tính, ô và vùng ô"),
                (
                    "paragraph",
                    "<p>Một tệp bảng tính (workbook) gồm một hoặc nhiều <b>trang tính</b> (sheet), hiển "
                    "thị thành các thẻ ở phía dưới cửa sổ. Nên đặt tên thẻ có nghĩa, ví dụ “Thang 01”, "
                    "“Thang 02”, “Tong hop” thay cho “Sheet1”. Mỗi trang tính là một lưới gồm các "
                    "<b>cột</b> đặt tên bằng chữ cái (A, B, C…) và các <b>hàng</b> đánh số (1, 2, 3…).</p>"
                    "<p>Giao của một cột và một hàng là một <b>ô</b>. Mỗi ô có một <b>địa chỉ</b> ghép từ "
                    "tên cột và số hàng: ô ở cột B, hàng 5 có địa chỉ <code>B5</code>. Địa chỉ ô đang "
                    "chọn hiện trong <b>hộp tên</b> ở góc trên bên trái, còn nội dung của ô hiện trên "
                    "<b>thanh công thức</b>. Một nhóm ô liền nhau hình chữ nhật gọi là <b>vùng</b>, viết "
                    "bằng ô đầu và ô cuối cách nhau dấu hai chấm, ví dụ <code>B5:D20</code>.</p>",
                ),
                (
                    "figure",
                    {
                        "image": "spreadsheet-grid",
                        "alt": "Lưới bảng tính gồm các cột, hàng, ô và một biểu đồ cột bên cạnh",
                        "caption": "Bảng tính là lưới các ô; mỗi ô có địa chỉ theo cột và hàng.",
                    },
                ),
                ("heading", "Nhập dữ liệu đúng kiểu"),
                (
                    "paragraph",
                    "<p>Mỗi ô chứa một trong ba loại nội dung chính: <b>số</b> (kể cả ngày tháng, tỷ lệ "
                    "phần trăm, số tiền), <b>văn bản</b> (họ tên, tên đơn vị, ghi chú) và <b>công "
                    "thức</b> (bắt đầu bằng dấu <code>=</code>). Phần mềm nhận biết kiểu dữ liệu khi bạn "
                    "gõ: số mặc định căn phải, văn bản căn trái. Nếu một cột “số tiền” có ô bị căn trái, "
                    "rất có thể số đó đang bị hiểu là văn bản và sẽ không được cộng vào tổng.</p>"
                    "<p>Một số nguyên tắc giúp bảng tính dùng được lâu dài:</p>"
                    "<ul><li>Mỗi cột chỉ chứa một loại thông tin; hàng đầu tiên là tiêu đề cột.</li>"
                    "<li>Không để hàng trống hay cột trống giữa bảng dữ liệu.</li>"
                    "<li>Không gõ đơn vị tính vào ô số (gõ <code>1500000</code>, không gõ “1.500.000 "
                    "đồng”); ghi đơn vị ở tiêu đề cột.</li>"
                    "<li>Gõ ngày tháng theo cùng một cách trong toàn bộ cột.</li></ul>"
                    "<p>Nhấn <b>Enter</b> để xác nhận và xuống ô dưới, <b>Tab</b> để sang ô bên phải, "
                    "<b>F2</b> để sửa nội dung ô đang chọn và <b>Ctrl + Z</b> để hoàn tác khi gõ nhầm.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "text": "<p>Cách hiển thị ngày tháng và dấu thập phân phụ thuộc thiết lập vùng "
                        "(Region) của Windows. Với thiết lập Việt Nam, ngày hiển thị dạng "
                        "<b>ngày/tháng/năm</b>, dấu phẩy là dấu thập phân và dấu chấm ngăn cách hàng "
                        "nghìn. Nếu máy để thiết lập Hoa Kỳ, ngày 03/04 có thể bị hiểu là 4 tháng 3. Nên "
                        "thống nhất thiết lập trong đơn vị.</p>",
                    },
                ),
                (
                    "check",
                    {
                        "question": "Ô ở cột D, hàng 12 có địa chỉ là gì? Vùng từ ô A2 đến ô F30 được "
                        "viết như thế nào?",
                        "answer": "<p>Ô đó có địa chỉ <b>D12</b>. Vùng được viết là <b>A2:F30</b>.</p>",
                    },
                ),
            ],
        },
        {
            "title": "Công thức và các hàm thông dụng",
            "slug": "cong-thuc-va-cac-ham-thong-dung",
            "minutes": 45,
            "body": [
                ("heading", "Viết công thức"),
                (
                    "paragraph",
                    "<p>Mọi công thức bắt đầu bằng dấu <code>=</code>. Sau dấu bằng có thể là phép tính "
                    "với các toán tử <code>+ - * /</code> và <code>^</code> (luỹ thừa), địa chỉ ô và "
                    "hàm. Ví dụ <code>=C5*D5</code> nhân số lượng ở ô C5 với đơn giá ở ô D5. Nên dùng "
                    "địa chỉ ô thay vì gõ thẳng con số: khi số liệu thay đổi, kết quả tự cập nhật.</p>"
                    "<p>Sau khi viết công thức cho hàng đầu tiên, kéo <b>núm điền</b> (hình vuông nhỏ ở "
                    "góc dưới phải ô) xuống các hàng bên dưới để sao chép. Địa chỉ trong công thức tự "
                    "điều chỉnh theo hàng: ở hàng 6 công thức trở thành <code>=C6*D6</code>. Đó là "
                    "<b>địa chỉ tương đối</b>. Khi cần giữ cố định một ô (ví dụ ô chứa mức lương cơ sở "
                    "hay tổng chung), dùng <b>địa chỉ tuyệt đối</b> có dấu <code>$</code>: "
                    "<code>$B$2</code>. Trong Excel nhấn <b>F4</b>, trong Calc nhấn <b>Shift + F4</b> "
                    "để chuyển nhanh giữa các kiểu địa chỉ.</p>",
                ),
                ("heading", "Năm hàm dùng nhiều nhất"),
                (
                    "paragraph",
                    "<ul><li><code>=SUM(E5:E40)</code> cộng tất cả các số trong vùng.</li>"
                    "<li><code>=AVERAGE(E5:E40)</code> tính trung bình cộng; ô trống không được "
                    "tính.</li>"
                    "<li><code>=MAX(...)</code> và <code>=MIN(...)</code> tìm giá trị lớn nhất, nhỏ "
                    "nhất.</li>"
                    "<li><code>=IF(điều kiện; giá trị nếu đúng; giá trị nếu sai)</code>, ví dụ "
                    '<code>=IF(AI6&gt;=22;"Đủ công";"Thiếu công")</code>.</li>'
                    "<li><code>=COUNTIF(vùng; tiêu chí)</code> đếm số ô thoả tiêu chí, ví dụ "
                    '<code>=COUNTIF(D6:AH6;"x")</code> đếm số ngày có ký hiệu “x”.</li></ul>'
                    "<p>Văn bản trong công thức phải đặt trong dấu nháy kép thẳng. Tiêu chí của COUNTIF "
                    'có thể là phép so sánh, ví dụ <code>=COUNTIF(F5:F40;"&gt;0")</code> đếm các ô lớn '
                    "hơn 0. COUNTIF không phân biệt chữ hoa, chữ thường.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": "<p>Dấu ngăn cách các đối số trong hàm là <b>dấu chấm phẩy (;)</b> hoặc "
                        "<b>dấu phẩy (,)</b> tuỳ thiết lập vùng của máy. Máy để định dạng Việt Nam thường "
                        "dùng dấu chấm phẩy. Nếu phần mềm báo lỗi công thức, hãy thử đổi dấu ngăn "
                        "cách.</p>",
                    },
                ),
                ("heading", "Ví dụ: bảng chấm công tháng"),
                (
                    "paragraph",
                    "<p>Bảng chấm công của một phòng có cột B là họ tên, các cột từ D đến AH ứng với "
                    "ngày 1 đến ngày 31. Mỗi ngày đi làm ghi “x”, nghỉ phép ghi “P”, nghỉ ốm ghi “Ô”. "
                    "Cuối mỗi hàng có ba cột tổng hợp: số ngày công, số ngày phép, số ngày ốm; cột cuối "
                    "cùng đánh giá đủ công hay không.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Lập công thức tổng hợp cho bảng chấm công",
                        "steps": [
                            '<p>Chọn ô AI6, gõ <code>=COUNTIF(D6:AH6;"x")</code> rồi nhấn Enter để '
                            "đếm số ngày công của người thứ nhất.</p>",
                            '<p>Chọn ô AJ6, gõ <code>=COUNTIF(D6:AH6;"P")</code>; ô AK6 gõ '
                            '<code>=COUNTIF(D6:AH6;"Ô")</code>.</p>',
                            '<p>Chọn ô AL6, gõ <code>=IF(AI6+AJ6&gt;=22;"Đủ công";"Thiếu công")</code> '
                            "(giả sử tháng có 22 ngày làm việc).</p>",
                            "<p>Chọn vùng AI6:AL6, kéo núm điền xuống đến hàng của người cuối danh "
                            "sách.</p>",
                            "<p>Ở hàng cuối bảng, dùng <code>=SUM(AI6:AI30)</code> để cộng tổng ngày "
                            "công của cả phòng; kiểm tra lại vài hàng bằng cách đếm tay.</p>",
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": "Ô B2 chứa mức lương cơ sở, cột C chứa hệ số lương. Công thức ở D5 "
                        "nên viết thế nào để kéo xuống các hàng dưới vẫn đúng?",
                        "answer": "<p>Viết <b>=C5*$B$2</b>. Phần C5 là địa chỉ tương đối nên tự đổi "
                        "thành C6, C7…; phần $B$2 là địa chỉ tuyệt đối nên luôn trỏ vào ô lương cơ "
                        "sở.</p>",
                    },
                ),
            ],
        },
        {
            "title": "Định dạng bảng số liệu",
            "slug": "dinh-dang-bang-so-lieu",
            "minutes": 35,
            "body": [
                ("heading", "Định dạng để người đọc hiểu nhanh"),
                (
                    "paragraph",
                    "<p>Một bảng số liệu gửi lãnh đạo hoặc đính kèm báo cáo cần đọc được ngay: tiêu đề "
                    "rõ, cột thẳng hàng, số có dấu ngăn cách hàng nghìn, tỷ lệ hiển thị dạng phần trăm. "
                    "Định dạng chỉ thay đổi <i>cách hiển thị</i>, không thay đổi giá trị thật của ô. "
                    "Ví dụ ô hiển thị 85% vẫn có giá trị 0,85 khi tham gia tính toán, và ô hiển thị "
                    "số đã làm tròn vẫn giữ đủ các chữ số thập phân phía sau.</p>"
                    "<p>Các lệnh định dạng chính nằm ở thẻ <b>Home</b> (Trang đầu) của Excel, hoặc menu "
                    "<b>Format</b> của Calc. Cách đầy đủ nhất là chọn vùng, nhấn chuột phải, chọn "
                    "<b>Format Cells</b> (Định dạng ô), với các thẻ Number, Alignment, Font, Border, "
                    "Fill.</p>",
                ),
                ("heading", "Ví dụ: bảng tổng hợp hồ sơ thủ tục hành chính"),
                (
                    "paragraph",
                    "<p>Văn phòng UBND huyện cần tổng hợp số hồ sơ thủ tục hành chính theo từng lĩnh "
                    "vực trong quý: cột B là lĩnh vực, cột C là số hồ sơ tiếp nhận, cột D là số giải "
                    "quyết đúng hạn, cột E là số trễ hạn, cột F là tỷ lệ đúng hạn với công thức "
                    "<code>=D5/C5</code>. Để bảng gọn gàng:</p>"
                    "<ul><li>Tiêu đề bảng: gộp ô và căn giữa trên độ rộng bảng, chữ đậm, cỡ 13–14.</li>"
                    "<li>Hàng tiêu đề cột: chữ đậm, nền nhạt, bật <b>Wrap Text</b> (xuống dòng trong "
                    "ô) để tiêu đề dài không làm cột quá rộng.</li>"
                    "<li>Cột số: định dạng <b>Number</b> có dấu ngăn cách hàng nghìn, không lấy chữ số "
                    "thập phân; cột F định dạng <b>Percentage</b> với một chữ số thập phân.</li>"
                    "<li>Kẻ khung toàn bảng (All Borders), hàng tổng cộng in đậm.</li>"
                    "<li>Phông chữ thống nhất, ví dụ Times New Roman như văn bản hành chính.</li></ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": "<p>Chỉ gộp ô (Merge) cho tiêu đề bảng. Gộp ô bên trong vùng dữ liệu sẽ "
                        "làm việc sắp xếp, lọc và sao chép công thức gặp lỗi. Nếu chỉ cần căn chữ vào "
                        "giữa nhiều cột, dùng <b>Center Across Selection</b> (Căn giữa vùng chọn) trong "
                        "Format Cells.</p>",
                    },
                ),
                ("heading", "Cố định tiêu đề và định dạng có điều kiện"),
                (
                    "paragraph",
                    "<p>Với bảng dài hàng trăm dòng, hãy cố định hàng tiêu đề để luôn nhìn thấy khi cuộn: "
                    "chọn ô ngay dưới hàng tiêu đề, vào <b>View → Freeze Panes</b> (Calc: <b>View → "
                    "Freeze Cells</b>).</p>"
                    "<p><b>Định dạng có điều kiện</b> (Conditional Formatting) tự tô màu các ô thoả điều "
                    "kiện, giúp phát hiện bất thường mà không phải dò từng dòng. Ví dụ: tô đỏ các lĩnh "
                    "vực có tỷ lệ đúng hạn dưới 90%, hoặc tô vàng những người có số ngày công thiếu. "
                    "Khi số liệu thay đổi, màu cũng tự thay đổi theo.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Tô đỏ các tỷ lệ đúng hạn dưới 90%",
                        "steps": [
                            "<p>Chọn vùng tỷ lệ, ví dụ <code>F5:F20</code>.</p>",
                            "<p>Vào <b>Home → Conditional Formatting → Highlight Cells Rules → Less "
                            "Than</b> (Calc: <b>Format → Conditional → Condition</b>).</p>",
                            "<p>Nhập giá trị <code>90%</code> và chọn kiểu tô, ví dụ nền đỏ nhạt chữ đỏ "
                            "đậm.</p>",
                            "<p>Nhấn OK rồi thử sửa một số liệu ở cột D để thấy màu thay đổi.</p>",
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": "Ô F5 hiển thị 92,3% nhưng khi nhân với 100 lại cho 92,3456. Vì sao?",
                        "answer": "<p>Định dạng chỉ thay đổi cách hiển thị. Giá trị thật của ô là "
                        "0,923456; ô chỉ đang hiện một chữ số thập phân. Muốn làm tròn giá trị thật, "
                        "dùng hàm ROUND.</p>",
                    },
                ),
            ],
        },
        {
            "title": "Sắp xếp, lọc dữ liệu và tạo biểu đồ",
            "slug": "sap-xep-loc-du-lieu-va-bieu-do",
            "minutes": 40,
            "body": [
                ("heading", "Sắp xếp dữ liệu"),
                (
                    "paragraph",
                    "<p>Sắp xếp giúp trả lời nhanh các câu hỏi như “đơn vị nào có nhiều hồ sơ trễ hạn "
                    "nhất?” hoặc in danh sách cán bộ theo thứ tự tên. Trước khi sắp xếp, bảng phải liền "
                    "mạch (không có hàng, cột trống) và có một hàng tiêu đề. Chọn một ô bất kỳ trong bảng "
                    "rồi vào <b>Data → Sort</b> (Dữ liệu → Sắp xếp). Trong hộp thoại, đánh dấu <b>My data "
                    "has headers</b> để hàng tiêu đề không bị đảo vào giữa, chọn cột và thứ tự tăng hoặc "
                    "giảm. Có thể thêm nhiều mức, ví dụ sắp theo phòng ban rồi đến tên.</p>"
                    "<p>Tuyệt đối không chỉ chọn một cột rồi sắp xếp riêng cột đó: dữ liệu các cột khác "
                    "sẽ đứng yên và các hàng bị “lệch”, họ tên không còn khớp với số liệu. Nếu lỡ làm, "
                    "nhấn ngay <b>Ctrl + Z</b>. Lưu ý thêm: sắp xếp tên tiếng Việt theo cả chuỗi họ tên "
                    "sẽ xếp theo họ; muốn xếp theo tên cần tách tên ra một cột riêng.</p>",
                ),
                ("heading", "Lọc dữ liệu"),
                (
                    "paragraph",
                    "<p><b>Bộ lọc</b> tạm ẩn các hàng không cần xem mà không xoá dữ liệu. Chọn một ô "
                    "trong bảng, vào <b>Data → Filter</b> (phím tắt trong Excel: <b>Ctrl + Shift + "
                    "L</b>; Calc: <b>Data → AutoFilter</b>). Mỗi tiêu đề cột xuất hiện một mũi tên; nhấn "
                    "vào để chọn giá trị cần xem, ví dụ chỉ xem hồ sơ của lĩnh vực “Đất đai”, hoặc dùng "
                    "<b>Number Filters</b> để xem các hàng có số trễ hạn lớn hơn 0. Cột đang lọc có biểu "
                    "tượng phễu. Muốn xem lại toàn bộ, chọn <b>Clear Filter</b>.</p>"
                    "<p>Khi bảng đang lọc, hàm SUM vẫn cộng cả các hàng bị ẩn. Nếu chỉ muốn cộng các hàng "
                    "đang hiển thị, dùng <code>=SUBTOTAL(9;E5:E200)</code>.</p>",
                ),
                ("heading", "Chọn loại biểu đồ phù hợp"),
                (
                    "paragraph",
                    "<p>Biểu đồ giúp người nghe báo cáo nắm xu hướng nhanh hơn đọc bảng số. Chọn loại "
                    "theo mục đích:</p>"
                    "<ul><li><b>Biểu đồ cột</b>: so sánh giữa các đơn vị, lĩnh vực (số hồ sơ theo xã).</li>"
                    "<li><b>Biểu đồ đường</b>: xu hướng theo thời gian (số hồ sơ trực tuyến theo "
                    "tháng).</li>"
                    "<li><b>Biểu đồ tròn</b>: cơ cấu các phần của một tổng, chỉ nên dùng khi có ít "
                    "phần (tối đa 5–6).</li></ul>"
                    "<p>Một biểu đồ tốt có tiêu đề nói rõ nội dung và thời gian, trục có đơn vị, không "
                    "dùng hiệu ứng 3D làm sai lệch cảm nhận về độ lớn.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Tạo biểu đồ cột số hồ sơ theo lĩnh vực",
                        "steps": [
                            "<p>Chọn vùng tên lĩnh vực và số hồ sơ, kể cả hàng tiêu đề, ví dụ "
                            "<code>B4:C12</code>. Giữ <b>Ctrl</b> để chọn hai cột không liền nhau.</p>",
                            "<p>Vào <b>Insert → Charts → Clustered Column</b> (Calc: <b>Insert → "
                            "Chart</b>, chọn Column).</p>",
                            "<p>Nhấn vào tiêu đề biểu đồ và sửa thành “Số hồ sơ tiếp nhận theo lĩnh vực, "
                            "quý I”.</p>",
                            "<p>Dùng nút <b>+</b> (Chart Elements) để bật nhãn dữ liệu và tiêu đề "
                            "trục.</p>",
                            "<p>Kéo biểu đồ đến vị trí phù hợp; khi sửa số liệu trong bảng, biểu đồ tự "
                            "cập nhật.</p>",
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": "Muốn thể hiện số hồ sơ nộp trực tuyến qua 12 tháng để thấy xu hướng "
                        "tăng giảm, nên dùng loại biểu đồ nào?",
                        "answer": "<p><b>Biểu đồ đường</b>, vì trục ngang là thời gian và người xem cần "
                        "thấy xu hướng qua các tháng.</p>",
                    },
                ),
            ],
        },
        {
            "title": "In và chia sẻ bảng tính",
            "slug": "in-va-chia-se-bang-tinh",
            "minutes": 30,
            "body": [
                ("heading", "Xem trước khi in"),
                (
                    "paragraph",
                    "<p>Bảng tính trên màn hình không có khái niệm “trang”, nên bảng rộng thường bị in "
                    "tràn sang nhiều tờ, mỗi tờ một vài cột, rất khó đọc. Luôn mở <b>File → Print</b> "
                    "(<b>Ctrl + P</b>) để xem trước. Khu vực xem trước cho biết bảng chiếm bao nhiêu "
                    "trang và trang nào bị cắt. Xem trước cũng giúp phát hiện những ô hiển thị "
                    "<code>####</code> do cột quá hẹp: trên giấy, người đọc sẽ không thấy con số.</p>"
                    "<p>Các thiết lập quan trọng nằm ở thẻ <b>Page Layout</b> (Bố trí trang) của Excel "
                    "hoặc <b>Format → Page Style</b> của Calc:</p>"
                    "<ul><li><b>Orientation</b>: chọn Landscape (khổ ngang) cho bảng nhiều cột như "
                    "bảng chấm công 31 ngày.</li>"
                    "<li><b>Size</b>: khổ A4; <b>Margins</b>: lề phù hợp quy định của cơ quan.</li>"
                    "<li><b>Print Area</b>: chỉ in vùng đã chọn, bỏ qua các ô nháp bên cạnh.</li>"
                    "<li><b>Print Titles</b>: lặp lại hàng tiêu đề ở đầu mỗi trang (Calc: <b>Format → "
                    "Print Ranges → Edit</b>, mục Rows to repeat).</li>"
                    "<li><b>Scaling</b>: chọn <b>Fit All Columns on One Page</b> để toàn bộ cột nằm vừa "
                    "một trang ngang.</li></ul>",
                ),
                (
                    "steps",
                    {
                        "title": "In bảng chấm công vừa một trang A4 ngang",
                        "steps": [
                            "<p>Chọn vùng bảng chấm công, vào <b>Page Layout → Print Area → Set Print "
                            "Area</b>.</p>",
                            "<p>Chọn <b>Orientation → Landscape</b> và <b>Size → A4</b>.</p>",
                            "<p>Vào <b>Print Titles</b>, ở ô <b>Rows to repeat at top</b> chọn các hàng "
                            "tiêu đề, ví dụ <code>$4:$5</code>.</p>",
                            "<p>Nhấn <b>Ctrl + P</b>, ở mục Scaling chọn <b>Fit All Columns on One "
                            "Page</b>, kiểm tra bản xem trước.</p>",
                            "<p>Nếu chữ quá nhỏ, thu hẹp độ rộng các cột ngày hoặc giảm lề rồi xem "
                            "lại trước khi in.</p>",
                        ],
                    },
                ),
                ("heading", "Xuất PDF và chia sẻ an toàn"),
                (
                    "paragraph",
                    "<p>Khi gửi số liệu để người khác <i>xem</i> chứ không sửa, hãy xuất ra PDF: "
                    "<b>File → Export → Create PDF</b> trong Excel, hoặc <b>File → Export as PDF</b> "
                    "trong Calc. Tệp PDF giữ nguyên bố cục trang in, mở được trên mọi máy và điện thoại, "
                    "và có thể ký số nếu dùng làm tài liệu kèm văn bản. Khi cần gửi tệp gốc để đơn vị "
                    "khác nhập số liệu, nên khóa các ô công thức (<b>Review → Protect Sheet</b>) để "
                    "tránh bị sửa nhầm.</p>"
                    "<p>Đặt tên tệp rõ ràng, không dấu, có thời gian, ví dụ "
                    "<code>TongHop_HoSo_TTHC_Quy1_2025.xlsx</code>. Trước khi gửi, kiểm tra các trang "
                    "tính ẩn và cột ẩn: đôi khi bảng chứa thông tin cá nhân như số định danh, số điện "
                    "thoại không cần thiết cho người nhận. Chỉ gửi qua thư điện tử công vụ hoặc hệ thống "
                    "quản lý văn bản của cơ quan, không gửi qua ứng dụng nhắn tin cá nhân.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": "<p>Trước khi in bản chính thức, hãy in thử một trang hoặc xuất PDF để "
                        "xem. Cách này tiết kiệm giấy và giúp phát hiện sớm cột bị cắt, số bị hiện "
                        "####.</p>",
                    },
                ),
                (
                    "check",
                    {
                        "question": "Bảng số liệu dài 4 trang nhưng chỉ trang đầu có hàng tiêu đề cột. "
                        "Cần dùng chức năng nào?",
                        "answer": "<p>Dùng <b>Print Titles</b> (Calc: Print Ranges, mục Rows to repeat) "
                        "để lặp lại hàng tiêu đề ở đầu mọi trang in.</p>",
                    },
                ),
            ],
        },
    ],
    "quiz": QUIZ,
}
