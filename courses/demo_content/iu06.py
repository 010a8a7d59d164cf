# Demo course IU06: Sử dụng Internet cơ bản. Plain data only; see README.md in this folder.

from .iu06_quiz import QUIZ

COURSE = {
    "code": "IU06",
    "title": "Sử dụng Internet cơ bản",
    "slug": "iu06-su-dung-internet-co-ban",
    "summary": (
        "Khóa học giúp cán bộ, công chức, viên chức dùng trình duyệt hiệu quả, tìm kiếm và đánh giá "
        "thông tin, sử dụng thư điện tử công vụ đúng quy cách, khai thác dịch vụ công trực tuyến trên "
        "Cổng Dịch vụ công quốc gia, đồng thời giữ an toàn và ứng xử văn minh trên môi trường mạng."
    ),
    "outcomes": [
        "Sử dụng trình duyệt web: địa chỉ trang, thẻ, dấu trang, lịch sử, tải tệp.",
        "Tìm kiếm thông tin hiệu quả và đánh giá độ tin cậy của nguồn, ưu tiên nguồn chính thống.",
        "Soạn, gửi, trả lời thư điện tử công vụ rõ ràng, đúng người nhận, đúng quy cách.",
        "Tra cứu và nộp hồ sơ dịch vụ công trực tuyến, hướng dẫn người dân sử dụng.",
        "Nhận biết rủi ro cơ bản trên mạng và ứng xử văn minh, đúng mực khi trao đổi trực tuyến.",
    ],
    "hours": "8",
    "level": "basic",
    "audience": "Cán bộ, công chức, viên chức và người lao động",
    "topic": "Internet và dịch vụ công",
    "competencies": ["IU06"],
    "lessons": [
        {
            "title": "Trình duyệt web và địa chỉ trang",
            "slug": "trinh-duyet-web-va-dia-chi-trang",
            "minutes": 30,
            "body": [
                ("heading", "Trình duyệt là gì?"),
                (
                    "paragraph",
                    "<p>Trình duyệt web là phần mềm dùng để mở các trang thông tin và dịch vụ trên "
                    "Internet. Các trình duyệt phổ biến ở Việt Nam gồm <b>Google Chrome</b>, "
                    "<b>Microsoft Edge</b> (có sẵn trên Windows), <b>Cốc Cốc</b> (phát triển tại Việt "
                    "Nam) và <b>Mozilla Firefox</b>. Chúng có cách dùng gần giống nhau. Nhiều hệ thống "
                    "nghiệp vụ của cơ quan như phần mềm quản lý văn bản, hệ thống thông tin giải quyết "
                    "thủ tục hành chính, thư điện tử công vụ đều chạy trên trình duyệt, nên sử dụng "
                    "thành thạo trình duyệt là kỹ năng nền tảng.</p>",
                ),
                (
                    "figure",
                    {
                        "image": "browser-window",
                        "alt": "Cửa sổ trình duyệt với thanh địa chỉ, các thẻ và nội dung trang web",
                        "caption": "Thanh địa chỉ cho biết bạn đang ở trang nào: hãy đọc nó trước "
                        "khi nhập thông tin.",
                    },
                ),
                ("heading", "Đọc địa chỉ trang web"),
                (
                    "paragraph",
                    "<p>Mỗi trang web có một địa chỉ (URL) hiện trên <b>thanh địa chỉ</b>, ví dụ "
                    "<code>https://dichvucong.gov.vn/p/home/dvc-trang-chu.html</code>. Phần quan trọng "
                    "nhất là <b>tên miền</b>, nằm ngay sau <code>https://</code> và trước dấu "
                    "<code>/</code> đầu tiên: ở đây là <code>dichvucong.gov.vn</code>. Tên miền "
                    "<code>.gov.vn</code> dành cho cơ quan nhà nước Việt Nam. Kẻ gian thường tạo trang "
                    "giả có tên miền na ná, như <code>dichvucong-gov.vn.com</code> hay "
                    "<code>dichvuc0ng.vn</code>; hãy đọc kỹ tên miền thật sự, không chỉ nhìn giao diện "
                    "trang.</p>"
                    "<p>Tiền tố <code>https</code> và biểu tượng ổ khóa cho biết dữ liệu giữa máy bạn và "
                    "trang web được mã hoá trên đường truyền. Điều đó <b>không</b> có nghĩa trang web "
                    "đáng tin: trang lừa đảo cũng có thể dùng https. Ổ khóa là điều kiện cần, không phải "
                    "điều kiện đủ.</p>",
                ),
                ("heading", "Thẻ, dấu trang, lịch sử và tải tệp"),
                (
                    "paragraph",
                    "<ul><li><b>Thẻ</b> (tab): mở nhiều trang trong một cửa sổ; <b>Ctrl + T</b> mở "
                    "thẻ mới, <b>Ctrl + W</b> đóng thẻ, <b>Ctrl + Shift + T</b> mở lại thẻ vừa "
                    "đóng.</li>"
                    "<li><b>Dấu trang</b> (bookmark): lưu địa chỉ hay dùng bằng <b>Ctrl + D</b>. Nên "
                    "lưu sẵn các trang chính thống như hệ thống quản lý văn bản, thư điện tử công vụ, "
                    "Cổng Dịch vụ công quốc gia, để không phải tìm qua công cụ tìm kiếm mỗi lần và "
                    "tránh bấm nhầm quảng cáo giả mạo.</li>"
                    "<li><b>Lịch sử</b>: <b>Ctrl + H</b> xem lại các trang đã mở.</li>"
                    "<li><b>Tải về</b>: <b>Ctrl + J</b> xem danh sách tệp đã tải; tệp thường nằm trong "
                    "thư mục Downloads. Chỉ tải tệp từ nguồn tin cậy.</li>"
                    "<li><b>Ctrl + F</b>: tìm một từ trong trang đang xem, rất tiện khi đọc văn bản "
                    "dài.</li></ul>"
                    "<p>Trình duyệt tự cập nhật để vá lỗ hổng bảo mật; khi thấy thông báo cập nhật, hãy "
                    "khởi động lại trình duyệt. Trên máy dùng chung, dùng <b>cửa sổ ẩn danh</b> (Ctrl + "
                    "Shift + N trong Chrome, Edge, Cốc Cốc) và nhớ đăng xuất khi dùng xong.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Tạo thư mục dấu trang cho công việc",
                        "steps": [
                            "<p>Mở trang hệ thống quản lý văn bản của cơ quan, nhấn <b>Ctrl + D</b>.</p>",
                            "<p>Đặt tên ngắn gọn, ở mục thư mục chọn <b>Thêm thư mục</b> và đặt tên "
                            "“Công việc”.</p>",
                            "<p>Lặp lại với thư mục thư điện tử công vụ và Cổng Dịch vụ công quốc "
                            "gia.</p>",
                            "<p>Nhấn <b>Ctrl + Shift + B</b> để hiện thanh dấu trang và mở nhanh các "
                            "trang này.</p>",
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": "Trong địa chỉ https://dichvucong.gov.vn.tracuu-hoso.com/login, tên "
                        "miền thật sự là gì? Trang này có phải Cổng Dịch vụ công quốc gia không?",
                        "answer": "<p>Tên miền thật sự là <b>tracuu-hoso.com</b> (phần cuối trước dấu / "
                        "đầu tiên). Đây không phải Cổng Dịch vụ công quốc gia, mà là trang giả mạo "
                        "dùng tên “dichvucong.gov.vn” làm tiền tố để đánh lừa.</p>",
                    },
                ),
            ],
        },
        {
            "title": "Tìm kiếm và đánh giá thông tin",
            "slug": "tim-kiem-va-danh-gia-thong-tin",
            "minutes": 35,
            "body": [
                ("heading", "Tìm kiếm có chủ đích"),
                (
                    "paragraph",
                    "<p>Công cụ tìm kiếm như Google, Bing hay Cốc Cốc trả về hàng triệu kết quả; kỹ "
                    "năng nằm ở việc đặt từ khóa sao cho kết quả đúng nằm ở trang đầu. Hãy dùng từ khóa "
                    "cụ thể thay cho câu hỏi dài, và thêm các yếu tố như số hiệu, năm, lĩnh vực. Một số "
                    "toán tử hữu ích:</p>"
                    '<ul><li>Dấu nháy kép để tìm đúng cụm từ: <code>"bảo vệ dữ liệu cá nhân"</code>.</li>'
                    "<li><code>site:</code> để chỉ tìm trong một tên miền: <code>nghị định 30/2020 "
                    "site:chinhphu.vn</code>, hoặc <code>site:gov.vn</code> để giới hạn trong trang cơ "
                    "quan nhà nước.</li>"
                    "<li><code>filetype:</code> để tìm loại tệp: <code>mẫu báo cáo filetype:docx</code>.</li>"
                    "<li>Dấu trừ để loại từ: <code>chữ ký số -mua -bán</code>.</li></ul>"
                    "<p>Với văn bản quy phạm pháp luật, nên tra trực tiếp tại nguồn chính thống: "
                    "<b>Cơ sở dữ liệu quốc gia về văn bản pháp luật</b> (vbpl.vn), <b>Công báo</b> "
                    "(congbao.chinhphu.vn) và <b>Cổng Thông tin điện tử Chính phủ</b> (chinhphu.vn), "
                    "cùng cổng thông tin của các bộ, ngành, địa phương.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Tra cứu một văn bản và tình trạng hiệu lực",
                        "steps": [
                            "<p>Mở vbpl.vn, gõ số hiệu văn bản vào ô tìm kiếm, ví dụ "
                            "<code>30/2020/NĐ-CP</code>.</p>",
                            "<p>Mở kết quả đúng cơ quan ban hành và ngày ban hành.</p>",
                            "<p>Xem mục <b>hiệu lực</b>: còn hiệu lực, hết hiệu lực một phần hay toàn "
                            "bộ, và các văn bản sửa đổi, bổ sung, thay thế (nếu có).</p>",
                            "<p>Tải bản PDF có chữ ký hoặc bản Công báo khi cần trích dẫn chính "
                            "xác.</p>",
                        ],
                    },
                ),
                ("heading", "Đánh giá độ tin cậy"),
                (
                    "paragraph",
                    "<p>Thông tin trên mạng rất khác nhau về chất lượng. Trước khi dùng thông tin để "
                    "tham mưu, soạn văn bản hay trả lời người dân, hãy tự hỏi năm câu:</p>"
                    "<ol><li><b>Ai</b> đưa ra thông tin? Cơ quan nhà nước, tổ chức có uy tín hay một tài "
                    "khoản ẩn danh?</li>"
                    "<li><b>Khi nào</b>? Văn bản có thể đã bị sửa đổi, thay thế; bài viết năm 2019 về "
                    "thủ tục hành chính có thể đã lỗi thời.</li>"
                    "<li><b>Căn cứ</b> vào đâu? Thông tin có dẫn nguồn, số hiệu văn bản, số liệu gốc "
                    "không?</li>"
                    "<li><b>Mục đích</b> gì? Bài viết nhằm thông tin, quảng cáo hay kích động?</li>"
                    "<li>Có <b>nguồn thứ hai</b> độc lập xác nhận không?</li></ol>"
                    "<p>Tin giật gân lan truyền trên mạng xã hội, ảnh cắt ghép “văn bản” không có số "
                    "hiệu, hay các trang tổng hợp văn bản không rõ nguồn đều cần kiểm chứng với nguồn "
                    "chính thống trước khi sử dụng hoặc chia sẻ. Với câu trả lời do công cụ trí tuệ "
                    "nhân tạo đưa ra cũng vậy: chúng có thể trích sai số hiệu hoặc nội dung văn bản.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": "<p>Không trích dẫn văn bản pháp luật từ các trang tổng hợp không chính "
                        "thống hoặc từ ảnh chụp lan truyền. Luôn đối chiếu với vbpl.vn hoặc Công báo và "
                        "kiểm tra tình trạng hiệu lực.</p>",
                    },
                ),
                (
                    "check",
                    {
                        "question": "Bạn thấy trên mạng xã hội ảnh chụp một “công văn” thông báo thay "
                        "đổi mức phí thủ tục hành chính. Bạn nên làm gì trước khi hướng dẫn người dân?",
                        "answer": "<p>Kiểm tra trên cổng thông tin chính thức của cơ quan ban hành, "
                        "vbpl.vn hoặc hệ thống quản lý văn bản của đơn vị; xác định số hiệu, ngày ban "
                        "hành, hiệu lực. Chưa kiểm chứng thì không áp dụng và không chia sẻ lại.</p>",
                    },
                ),
            ],
        },
        {
            "title": "Thư điện tử công vụ",
            "slug": "thu-dien-tu-cong-vu",
            "minutes": 35,
            "body": [
                ("heading", "Dùng đúng hộp thư"),
                (
                    "paragraph",
                    "<p>Mỗi cán bộ, công chức thường được cấp một hộp <b>thư điện tử công vụ</b> có tên "
                    "miền của cơ quan (đuôi <code>.gov.vn</code>). Đây là kênh chính thức để trao đổi "
                    "công việc, gửi tài liệu, nhận thông báo, và được quản lý, bảo vệ theo quy chế của "
                    "cơ quan. Không dùng hộp thư cá nhân (Gmail, Yahoo…) để gửi nhận tài liệu công "
                    "việc, và không dùng thư công vụ để đăng ký dịch vụ cá nhân như mua sắm, mạng xã "
                    "hội. Thư điện tử là kênh trao đổi; văn bản hành chính chính thức vẫn phải được "
                    "phát hành qua hệ thống quản lý văn bản theo quy định về công tác văn thư.</p>",
                ),
                (
                    "figure",
                    {
                        "image": "email-envelope",
                        "alt": "Phong bì thư và danh sách thư trong hộp thư đến",
                        "caption": "Hộp thư công vụ là kênh trao đổi chính thức, khác với hộp thư cá "
                        "nhân.",
                    },
                ),
                ("heading", "Một bức thư công vụ đầy đủ"),
                (
                    "paragraph",
                    "<ul><li><b>Đến</b> (To): người có trách nhiệm xử lý. <b>CC</b> (đồng gửi): người "
                    "cần biết. <b>BCC</b> (gửi ẩn): người nhận không thấy nhau, dùng khi gửi cho nhiều "
                    "người ngoài cơ quan để không lộ danh sách địa chỉ.</li>"
                    "<li><b>Tiêu đề</b> ngắn gọn, nói rõ nội dung và hạn, ví dụ “Đề nghị góp ý dự "
                    "thảo Quy chế chi tiêu nội bộ 2025, hạn 15/3”. Tránh tiêu đề trống hoặc “Gửi "
                    "anh”.</li>"
                    "<li><b>Nội dung</b>: lời chào, mục đích thư ngay câu đầu, các ý chính, việc người "
                    "nhận cần làm và thời hạn, lời cảm ơn.</li>"
                    "<li><b>Chữ ký</b> cuối thư: họ tên, chức vụ, đơn vị, số điện thoại cơ quan; "
                    "thiết lập một lần trong phần cài đặt.</li>"
                    "<li><b>Tệp đính kèm</b>: đặt tên có nghĩa; nhắc đến tệp trong nội dung thư; với "
                    "tệp lớn, dùng hệ thống chia sẻ tệp của cơ quan.</li></ul>"
                    "<p>Khi trả lời, chọn <b>Reply</b> để chỉ trả lời người gửi; chỉ chọn <b>Reply "
                    "All</b> khi mọi người trong danh sách thật sự cần biết. <b>Forward</b> (chuyển "
                    "tiếp) cần cân nhắc vì thư gốc có thể chứa thông tin không dành cho người nhận "
                    "mới.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Gửi dự thảo xin góp ý các phòng",
                        "steps": [
                            "<p>Nhấn <b>Soạn thư</b> (New mail); ở ô Đến nhập địa chỉ trưởng các "
                            "phòng, ô CC nhập lãnh đạo phụ trách.</p>",
                            "<p>Gõ tiêu đề nêu rõ việc và thời hạn góp ý.</p>",
                            "<p>Viết nội dung ngắn gọn: mục đích, nội dung cần góp ý, thời hạn, đầu "
                            "mối liên hệ.</p>",
                            "<p>Nhấn biểu tượng kẹp giấy để đính kèm tệp dự thảo; kiểm tra đúng tệp, "
                            "đúng phiên bản.</p>",
                            "<p>Đọc lại người nhận và nội dung một lượt rồi mới nhấn <b>Gửi</b>.</p>",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": "<p>Không gửi tài liệu có nội dung bí mật nhà nước qua thư điện tử "
                        "thông thường. Với dữ liệu cá nhân của người dân, chỉ gửi cho người có trách "
                        "nhiệm và kiểm tra kỹ địa chỉ: gõ sai một ký tự có thể gửi nhầm cho người "
                        "ngoài.</p>",
                    },
                ),
                (
                    "check",
                    {
                        "question": "Bạn gửi thư mời dự hội nghị cho 60 doanh nghiệp. Nên đặt địa chỉ "
                        "các doanh nghiệp vào ô nào?",
                        "answer": "<p>Ô <b>BCC</b>, để các doanh nghiệp không thấy địa chỉ của nhau; ô "
                        "Đến có thể để địa chỉ của chính đơn vị mình.</p>",
                    },
                ),
            ],
        },
        {
            "title": "Dịch vụ công trực tuyến và Cổng Dịch vụ công quốc gia",
            "slug": "dich-vu-cong-truc-tuyen",
            "minutes": 40,
            "body": [
                ("heading", "Dịch vụ công trực tuyến là gì?"),
                (
                    "paragraph",
                    "<p>Dịch vụ công trực tuyến cho phép người dân và doanh nghiệp thực hiện thủ tục "
                    "hành chính qua mạng: khai thông tin, nộp hồ sơ, thanh toán phí, lệ phí, theo dõi "
                    "tiến độ và nhận kết quả. Theo Nghị định 42/2022/NĐ-CP, dịch vụ công trực tuyến "
                    "gồm hai mức: <b>toàn trình</b> (mọi bước, kể cả nhận kết quả, thực hiện trên môi "
                    "trường mạng) và <b>một phần</b> (còn ít nhất một bước phải thực hiện trực "
                    "tiếp).</p>"
                    "<p><b>Cổng Dịch vụ công quốc gia</b> tại địa chỉ <code>dichvucong.gov.vn</code> là "
                    "đầu mối tích hợp dịch vụ công của các bộ, ngành, địa phương. Người dân đăng nhập "
                    "bằng <b>tài khoản định danh điện tử</b> (ứng dụng VNeID) để nộp hồ sơ, tra cứu "
                    "tình trạng hồ sơ, thanh toán trực tuyến, gửi phản ánh, kiến nghị và đánh giá chất "
                    "lượng giải quyết. Nhiều tỉnh, thành phố cũng có hệ thống thông tin giải quyết thủ "
                    "tục hành chính riêng, được kết nối với Cổng quốc gia.</p>",
                ),
                ("heading", "Vai trò của cán bộ, công chức"),
                (
                    "paragraph",
                    "<p>Với người làm việc ở Bộ phận Một cửa hoặc các phòng chuyên môn, dịch vụ công "
                    "trực tuyến là công việc hằng ngày: tiếp nhận hồ sơ điện tử, kiểm tra thành phần "
                    "hồ sơ, yêu cầu bổ sung đúng hạn, trả kết quả điện tử có chữ ký số. Ngay cả khi "
                    "không trực tiếp giải quyết thủ tục, mỗi cán bộ cũng nên biết tự thực hiện một thủ "
                    "tục cho bản thân và hướng dẫn được người thân, người dân, vì đây là cách nhanh nhất "
                    "để lan toả việc sử dụng dịch vụ công trực tuyến.</p>"
                    "<p>Khi hướng dẫn người dân, hãy để họ tự thao tác trên thiết bị của mình, không "
                    "hỏi và không ghi lại mật khẩu hay mã xác thực (OTP) của họ. Giải thích rõ hồ sơ "
                    "cần những giấy tờ gì, nộp ở đâu, theo dõi thế nào và khi nào có kết quả.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Tra cứu tình trạng một hồ sơ trên Cổng Dịch vụ công quốc gia",
                        "steps": [
                            "<p>Gõ trực tiếp <code>dichvucong.gov.vn</code> vào thanh địa chỉ hoặc mở "
                            "từ dấu trang, không bấm vào đường dẫn lạ trong tin nhắn.</p>",
                            "<p>Chọn <b>Đăng nhập</b>, đăng nhập bằng tài khoản định danh điện tử "
                            "VNeID theo hướng dẫn trên màn hình.</p>",
                            "<p>Vào mục <b>Quản lý hồ sơ</b> (hoặc <b>Tra cứu hồ sơ</b>), nhập mã hồ "
                            "sơ đã được cấp khi nộp.</p>",
                            "<p>Xem trạng thái: đã tiếp nhận, đang xử lý, yêu cầu bổ sung hay đã có "
                            "kết quả; làm theo yêu cầu nếu cần bổ sung.</p>",
                            "<p>Đăng xuất khi dùng xong, nhất là trên máy dùng chung.</p>",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": "<p>Kẻ gian thường gửi tin nhắn hoặc gọi điện giả danh cơ quan nhà nước, "
                        "kèm đường dẫn tới trang “dịch vụ công” giả để lấy thông tin đăng nhập hoặc "
                        "dụ cài ứng dụng lạ. Cơ quan nhà nước không yêu cầu người dân cung cấp mật khẩu, "
                        "mã OTP qua điện thoại. Hãy nhắc người dân điều này mỗi khi có dịp.</p>",
                    },
                ),
                (
                    "check",
                    {
                        "question": "Dịch vụ công trực tuyến “toàn trình” khác “một phần” ở điểm nào?",
                        "answer": "<p>Toàn trình: mọi bước từ nộp hồ sơ đến nhận kết quả đều thực hiện "
                        "trực tuyến. Một phần: còn ít nhất một bước phải đến trực tiếp cơ quan, ví dụ "
                        "nộp bản gốc hoặc nhận kết quả.</p>",
                    },
                ),
            ],
        },
        {
            "title": "An toàn và văn hoá ứng xử trên mạng",
            "slug": "an-toan-va-van-hoa-ung-xu-tren-mang",
            "minutes": 30,
            "body": [
                ("heading", "Những thói quen an toàn cơ bản"),
                (
                    "paragraph",
                    "<p>Phần lớn sự cố mất thông tin bắt đầu từ một cú nhấp chuột thiếu cẩn trọng. Các "
                    "thói quen sau giúp giảm hầu hết rủi ro khi dùng Internet:</p>"
                    "<ul><li>Dùng mật khẩu riêng cho từng tài khoản quan trọng, bật xác thực hai yếu "
                    "tố khi hệ thống hỗ trợ.</li>"
                    "<li>Không bấm vào đường dẫn, không mở tệp đính kèm lạ trong thư, tin nhắn Zalo, "
                    "SMS, kể cả khi người gửi xưng là cơ quan nhà nước, ngân hàng hay lãnh đạo.</li>"
                    "<li>Tự gõ địa chỉ trang hoặc dùng dấu trang thay vì bấm vào quảng cáo trong kết "
                    "quả tìm kiếm.</li>"
                    "<li>Chỉ cài phần mềm từ nguồn chính thức, cập nhật hệ điều hành và trình duyệt.</li>"
                    "<li>Không lưu mật khẩu trên máy dùng chung; đăng xuất khi rời máy, khóa màn hình "
                    "bằng <b>Windows + L</b>.</li>"
                    "<li>Hạn chế đăng nhập hệ thống công việc qua Wi-Fi công cộng ở quán cà phê, sân "
                    "bay.</li></ul>"
                    "<p>Khi nghi ngờ đã bấm nhầm đường dẫn lạ hoặc nhập mật khẩu vào trang giả, hãy đổi "
                    "mật khẩu ngay và báo cho bộ phận công nghệ thông tin của cơ quan. Báo sớm giúp hạn "
                    "chế thiệt hại, không có gì phải ngại.</p>",
                ),
                (
                    "figure",
                    {
                        "image": "padlock-shield",
                        "alt": "Chiếc khiên có hình ổ khóa tượng trưng cho bảo vệ thông tin",
                        "caption": "Thói quen an toàn hằng ngày là lớp bảo vệ đầu tiên.",
                    },
                ),
                ("heading", "Văn hoá ứng xử trên mạng"),
                (
                    "paragraph",
                    "<p>Trên không gian mạng, cán bộ, công chức vẫn là người đại diện cho cơ quan và "
                    "cần tuân thủ quy định về đạo đức công vụ. Bộ Quy tắc ứng xử trên mạng xã hội do Bộ "
                    "Thông tin và Truyền thông ban hành năm 2021 (Quyết định 874/QĐ-BTTTT) khuyến nghị "
                    "tôn trọng, tuân thủ pháp luật, lành mạnh, an toàn và có trách nhiệm. Trong công "
                    "việc hằng ngày, điều đó có nghĩa là:</p>"
                    "<ul><li>Viết thư, tin nhắn công việc lịch sự, có xưng hô phù hợp, không viết toàn "
                    "chữ in hoa (dễ bị hiểu là quát tháo), không dùng tiếng lóng, biểu tượng cảm xúc "
                    "tuỳ tiện trong trao đổi chính thức.</li>"
                    "<li>Không đăng tải, bình luận thông tin nội bộ, hồ sơ đang giải quyết, hình ảnh "
                    "người dân đến làm thủ tục lên mạng xã hội cá nhân.</li>"
                    "<li>Không chia sẻ tin chưa kiểm chứng; khi phát ngôn về chính sách, chỉ người được "
                    "giao nhiệm vụ phát ngôn mới nhân danh cơ quan.</li>"
                    "<li>Trong nhóm trao đổi công việc, giữ nội dung đúng mục đích; tôn trọng giờ nghỉ "
                    "của đồng nghiệp trừ khi việc thực sự khẩn.</li></ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": "<p>Trước khi đăng hoặc chia sẻ, hãy tự hỏi: “Nếu nội dung này xuất hiện "
                        "trên báo với tên và chức vụ của tôi, tôi có thấy ổn không?”.</p>",
                    },
                ),
                (
                    "check",
                    {
                        "question": "Một người dân nhờ bạn đăng nhập giúp tài khoản dịch vụ công và đọc "
                        "mật khẩu cho bạn. Cách ứng xử đúng là gì?",
                        "answer": "<p>Không nhận và không ghi lại mật khẩu. Hướng dẫn để người dân tự "
                        "nhập trên thiết bị của họ, và nhắc họ không cung cấp mật khẩu, mã OTP cho bất "
                        "kỳ ai.</p>",
                    },
                ),
            ],
        },
    ],
    "quiz": QUIZ,
}
