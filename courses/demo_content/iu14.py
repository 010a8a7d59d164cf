# Demo course IU14: An toàn, bảo mật thông tin. Plain data only; see README.md in this folder.

from .iu14_quiz import QUIZ

COURSE = {
    "code": "IU14",
    "title": "An toàn, bảo mật thông tin",
    "slug": "iu14-an-toan-bao-mat-thong-tin",
    "summary": (
        "Khóa học nâng cao giúp cán bộ, công chức, viên chức nhận diện các mối đe doạ như lừa đảo "
        "trực tuyến, mã độc, mã độc tống tiền, tấn công phi kỹ thuật; bảo vệ tài khoản bằng mật khẩu "
        "mạnh và xác thực hai yếu tố; sao lưu theo nguyên tắc 3-2-1; xử lý đúng bí mật nhà nước và dữ "
        "liệu cá nhân theo Nghị định 13/2023/NĐ-CP; phát hiện và báo cáo sự cố kịp thời."
    ),
    "outcomes": [
        "Nhận diện thư lừa đảo, mã độc, mã độc tống tiền và các thủ đoạn tấn công phi kỹ thuật.",
        "Tạo và quản lý mật khẩu mạnh, dùng trình quản lý mật khẩu và xác thực hai yếu tố.",
        "Bảo vệ thiết bị và dữ liệu: cập nhật phần mềm, sao lưu 3-2-1, dùng an toàn USB, Wi-Fi "
        "công cộng và Zalo.",
        "Xử lý tài liệu bí mật nhà nước và dữ liệu cá nhân đúng quy định pháp luật.",
        "Phát hiện dấu hiệu sự cố, xử lý ban đầu đúng cách và báo cáo kịp thời theo quy chế.",
    ],
    "hours": "12",
    "level": "advanced",
    "audience": "Cán bộ, công chức, viên chức và người lao động",
    "topic": "An toàn thông tin",
    "competencies": ["IU14"],
    "lessons": [
        {
            "title": "Nhận diện các mối đe doạ",
            "slug": "nhan-dien-cac-moi-de-doa",
            "minutes": 45,
            "body": [
                ("heading", "Vì sao cơ quan nhà nước là mục tiêu?"),
                (
                    "paragraph",
                    "<p>Cơ quan nhà nước nắm giữ nhiều thông tin có giá trị: văn bản chỉ đạo, hồ sơ "
                    "dự án, dữ liệu dân cư, thông tin đất đai, tài chính. Kẻ tấn công nhằm lấy cắp thông "
                    "tin, tống tiền hoặc phá hoại uy tín. Phần lớn các vụ tấn công không bắt đầu bằng kỹ thuật phức "
                    "tạp mà bằng việc lừa <b>một người dùng</b> mở tệp, bấm đường dẫn hoặc cung cấp "
                    "mật khẩu. Mỗi cán bộ vì vậy là một lớp phòng thủ.</p>",
                ),
                ("heading", "Lừa đảo qua thư và tin nhắn (phishing)"),
                (
                    "paragraph",
                    "<p>Thư lừa đảo giả danh cơ quan cấp trên, ngân hàng hoặc bộ phận CNTT để dụ người "
                    "nhận đăng nhập vào trang giả hay mở tệp chứa mã độc. Dạng "
                    "nguy hiểm hơn là <b>lừa đảo có chủ đích</b> (spear phishing): kẻ gian tìm hiểu trước "
                    "tên lãnh đạo, cách đặt số hiệu văn bản của cơ quan để soạn “công văn” rất thật. Dấu hiệu cần cảnh giác:</p>"
                    "<ul><li>Thúc ép về thời gian: “khẩn”, “trong 2 giờ”, “tài khoản sẽ bị khoá”.</li>"
                    "<li>Tên hiển thị đúng nhưng tên miền của địa chỉ gửi lạ hoặc na ná.</li>"
                    "<li>Đường dẫn trỏ tới tên miền khác với nội dung thư (rê chuột để xem trước khi "
                    "bấm).</li>"
                    "<li>Tệp đính kèm dạng nén có mật khẩu, tệp <code>.iso</code>, <code>.html</code>, "
                    "<code>.exe</code> hoặc văn bản yêu cầu “Enable Content” để bật macro.</li>"
                    "<li>Yêu cầu mật khẩu, mã OTP, thông tin cá nhân hoặc chuyển tiền.</li></ul>",
                ),
                ("heading", "Mã độc và mã độc tống tiền"),
                (
                    "paragraph",
                    "<p><b>Mã độc</b> (malware) là phần mềm gây hại: đánh cắp mật khẩu, mở cửa hậu để "
                    "điều khiển máy từ xa, lây lan trong mạng nội bộ. Mã độc xâm nhập qua tệp đính kèm, "
                    "phần mềm bẻ khoá, USB nhiễm hoặc lỗ hổng chưa được vá.</p>"
                    "<p><b>Mã độc tống tiền</b> (ransomware) mã hoá toàn bộ tệp trên máy và các thư mục "
                    "chia sẻ, rồi đòi tiền chuộc để giải mã; nhiều nhóm còn đánh cắp dữ liệu trước và dọa "
                    "công bố. Trả tiền không bảo đảm lấy lại được dữ liệu và còn khuyến khích tội phạm. "
                    "Biện pháp hữu hiệu nhất là phòng ngừa và có bản sao lưu tách rời.</p>",
                ),
                ("heading", "Tấn công phi kỹ thuật"),
                (
                    "paragraph",
                    "<p><b>Tấn công phi kỹ thuật</b> (social engineering) khai thác lòng tin, sự nể "
                    "nang, sợ hãi hoặc mong muốn giúp đỡ. Các kịch bản thường gặp: tài khoản Zalo giả "
                    "(hoặc bị chiếm) của lãnh đạo nhắn nhờ chuyển tiền gấp; người tự xưng là “cán bộ "
                    "kỹ thuật của Sở” gọi điện xin mật khẩu để “nâng cấp hệ thống”; cuộc gọi video dùng "
                    "khuôn mặt, giọng nói giả bằng trí tuệ nhân tạo (deepfake). Nguyên tắc chung: <b>xác minh qua một kênh "
                    "khác</b> mà bạn tự chủ động liên hệ, ví dụ gọi số điện thoại cơ quan đã biết, "
                    "trước khi làm theo bất kỳ yêu cầu bất thường nào.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": "<p>Bộ phận CNTT không bao giờ cần bạn đọc mật khẩu hay mã OTP. Ai hỏi "
                        "những thông tin này, dù xưng danh là ai, đều cần được coi là lừa đảo và báo "
                        "cáo.</p>",
                    },
                ),
                (
                    "check",
                    {
                        "question": "Bạn nhận thư có tên hiển thị “Văn phòng UBND tỉnh”, tiêu đề “Hoả tốc "
                        "– triển khai ngay”, kèm tệp “Cong_van.zip” có mật khẩu ghi trong thư. Những dấu "
                        "hiệu nào đáng ngờ?",
                        "answer": "<p>Thúc ép thời gian; tệp nén có mật khẩu (để né quét mã độc); tên "
                        "hiển thị không chứng minh được người gửi. Văn bản chính thức đi qua hệ thống "
                        "quản lý văn bản. Không mở tệp, báo bộ phận CNTT.</p>",
                    },
                ),
            ],
        },
        {
            "title": "Mật khẩu mạnh và xác thực hai yếu tố",
            "slug": "mat-khau-manh-va-xac-thuc-hai-yeu-to",
            "minutes": 40,
            "body": [
                ("heading", "Thế nào là mật khẩu mạnh?"),
                (
                    "paragraph",
                    "<p>Mật khẩu bị lộ theo ba con đường chính: bị đoán (ngày sinh, “123456”, tên cơ "
                    "quan kèm năm), bị dò bằng máy với danh sách mật khẩu phổ biến, và bị lộ từ một "
                    "trang web khác rồi được thử lại trên tài khoản công việc. Do đó mật khẩu mạnh phải "
                    "<b>dài</b>, <b>khó đoán</b> và <b>không dùng lại</b> ở nơi khác.</p>"
                    "<p>Độ dài quan trọng hơn độ phức tạp. Một <b>cụm mật khẩu</b> gồm bốn, năm từ ngẫu "
                    "nhiên như <code>ca-phe-mua-thu-den-chieu-7</code> vừa dễ nhớ vừa khó dò hơn "
                    "nhiều so với <code>P@ssw0rd!</code>. Nên dùng tối thiểu 12 ký tự, tốt nhất từ 15 "
                    "ký tự trở lên cho tài khoản quan trọng. Không đưa thông tin cá nhân dễ tìm trên "
                    "mạng xã hội (tên con, ngày sinh, biển số xe) vào mật khẩu.</p>",
                ),
                (
                    "figure",
                    {
                        "image": "password-strength",
                        "alt": "Thanh đo độ mạnh mật khẩu từ yếu đến mạnh",
                        "caption": "Mật khẩu càng dài và ngẫu nhiên thì càng khó bị dò.",
                    },
                ),
                ("heading", "Trình quản lý mật khẩu"),
                (
                    "paragraph",
                    "<p>Không ai nhớ được hàng chục mật khẩu dài và khác nhau. <b>Trình quản lý mật "
                    "khẩu</b> giải quyết việc này: bạn chỉ cần nhớ một mật khẩu chính thật mạnh, phần "
                    "mềm tạo và lưu mật khẩu ngẫu nhiên cho từng tài khoản trong một kho được mã hoá. "
                    "Các lựa chọn phổ biến gồm trình quản lý có sẵn trong trình duyệt Chrome, Edge, "
                    "và phần mềm chuyên dụng như Bitwarden hay KeePassXC. Với máy tính cơ quan, chỉ "
                    "dùng công cụ được bộ phận CNTT cho phép. Trình quản lý mật khẩu còn giúp chống lừa "
                    "đảo: nó không tự điền mật khẩu vào trang giả có tên miền khác.</p>"
                    "<p>Không ghi mật khẩu lên giấy dán màn hình, không lưu trong tệp "
                    "<code>matkhau.docx</code> trên màn hình nền, không chia sẻ tài khoản cho đồng "
                    "nghiệp. Khi nghi ngờ mật khẩu bị lộ, đổi ngay và đổi ở mọi nơi đã dùng lại mật "
                    "khẩu đó.</p>",
                ),
                ("heading", "Xác thực hai yếu tố"),
                (
                    "paragraph",
                    "<p><b>Xác thực hai yếu tố</b> (2FA) yêu cầu thêm một bằng chứng ngoài mật khẩu: "
                    "thứ bạn <i>có</i> (điện thoại, khóa bảo mật, thiết bị chữ ký số) hoặc thứ thuộc về "
                    "bạn (vân tay, khuôn mặt). Khi đó, kẻ gian dù có mật khẩu vẫn không đăng nhập được. "
                    "Mức độ an toàn tăng dần: mã OTP qua SMS (có thể bị đánh cắp qua chiếm SIM); mã từ "
                    "ứng dụng xác thực như Google Authenticator, Microsoft Authenticator; khóa bảo mật "
                    "phần cứng hoặc passkey, vốn chống được trang giả mạo.</p>"
                    "<p>Một thủ đoạn mới là gửi liên tiếp yêu cầu phê duyệt đăng nhập tới điện thoại "
                    "nạn nhân, chờ họ bấm “Chấp nhận” cho đỡ phiền. Tuyệt đối không phê duyệt yêu cầu "
                    "mà bạn không tự thực hiện; đó là dấu hiệu mật khẩu đã bị lộ.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Bật xác thực hai yếu tố bằng ứng dụng xác thực",
                        "steps": [
                            "<p>Cài ứng dụng xác thực từ kho ứng dụng chính thức trên điện thoại.</p>",
                            "<p>Đăng nhập tài khoản, vào mục <b>Bảo mật</b> (Security), chọn bật "
                            "<b>xác thực hai bước</b>, phương thức <b>ứng dụng xác thực</b>.</p>",
                            "<p>Dùng ứng dụng quét mã QR hiện trên màn hình, nhập mã 6 số để xác nhận.</p>",
                            "<p>Lưu các <b>mã khôi phục</b> ở nơi an toàn (trình quản lý mật khẩu hoặc "
                            "bản in cất giữ riêng) phòng khi mất điện thoại.</p>",
                            "<p>Đăng xuất rồi đăng nhập lại để kiểm tra.</p>",
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": "Lúc 23 giờ, điện thoại của bạn liên tục hiện yêu cầu phê duyệt đăng "
                        "nhập thư công vụ dù bạn không đăng nhập. Bạn làm gì?",
                        "answer": "<p>Từ chối mọi yêu cầu, đổi mật khẩu ngay từ một thiết bị tin cậy, và "
                        "báo bộ phận CNTT: mật khẩu của bạn nhiều khả năng đã bị lộ.</p>",
                    },
                ),
            ],
        },
        {
            "title": "Bảo vệ thiết bị và dữ liệu hằng ngày",
            "slug": "bao-ve-thiet-bi-va-du-lieu",
            "minutes": 45,
            "body": [
                ("heading", "Cập nhật phần mềm"),
                (
                    "paragraph",
                    "<p>Lỗ hổng phần mềm được phát hiện liên tục, và kẻ tấn công thường khai thác chỉ vài "
                    "ngày sau khi bản vá được công bố, nhắm vào những máy chưa cập nhật. Hãy để "
                    "<b>Windows Update</b> tự động cập nhật, khởi động lại máy khi được yêu cầu thay vì "
                    "hoãn nhiều tuần; cập nhật trình duyệt, bộ ứng dụng văn phòng, phần mềm đọc PDF, "
                    "phần mềm ký số. Không dùng hệ điều hành đã hết hỗ trợ: Windows 7 đã ngừng từ lâu, "
                    "và Microsoft cũng ngừng hỗ trợ Windows 10 từ ngày 14/10/2025. Không cài phần mềm "
                    "bẻ khóa (crack), một đường lây nhiễm mã độc rất phổ biến.</p>",
                ),
                ("heading", "Sao lưu theo nguyên tắc 3-2-1"),
                (
                    "paragraph",
                    "<p>Sao lưu là biện pháp cuối cùng cứu dữ liệu khi ổ cứng hỏng, máy bị mất hoặc bị "
                    "mã độc tống tiền. Nguyên tắc 3-2-1:</p>"
                    "<ul><li><b>3</b> bản dữ liệu: bản đang dùng và hai bản sao.</li>"
                    "<li><b>2</b> loại phương tiện lưu trữ khác nhau, ví dụ máy chủ tệp của cơ quan và "
                    "ổ cứng ngoài.</li>"
                    "<li><b>1</b> bản đặt ở nơi khác và tách rời khỏi mạng (ngoại tuyến), để mã độc "
                    "tống tiền không mã hoá được cùng lúc.</li></ul>"
                    "<p>Sao lưu chỉ có giá trị khi <b>khôi phục được</b>: định kỳ thử mở lại vài tệp từ "
                    "bản sao. Với dữ liệu công việc, dùng giải pháp lưu trữ do cơ quan cung cấp; không "
                    "tự ý sao lưu tài liệu công vụ lên dịch vụ lưu trữ đám mây cá nhân.</p>",
                ),
                (
                    "figure",
                    {
                        "image": "network-cloud",
                        "alt": "Các thiết bị kết nối với một đám mây lưu trữ",
                        "caption": "Ít nhất một bản sao lưu nên được tách rời khỏi mạng.",
                    },
                ),
                ("heading", "USB, Wi-Fi công cộng và Zalo"),
                (
                    "paragraph",
                    "<p><b>USB</b>: không cắm USB không rõ nguồn gốc (kể cả USB “nhặt được” hoặc quà "
                    "tặng hội thảo) vào máy cơ quan; quét mã độc trước khi mở tệp; không dùng chung một "
                    "USB giữa máy có kết nối Internet và máy dùng để soạn thảo tài liệu mật. Mã hoá USB "
                    "chứa dữ liệu quan trọng (ví dụ BitLocker To Go) để phòng khi đánh rơi.</p>"
                    "<p><b>Wi-Fi công cộng</b> ở quán cà phê, khách sạn, sân bay có thể bị kẻ gian giả "
                    "mạo điểm truy cập cùng tên để nghe lén hoặc chuyển hướng tới trang giả. Hạn chế "
                    "truy cập hệ thống công việc qua mạng này; nếu bắt buộc, dùng mạng 4G/5G của điện "
                    "thoại hoặc kết nối VPN do cơ quan cấp.</p>"
                    "<p><b>Zalo và ứng dụng nhắn tin</b> tiện cho liên lạc nhanh nhưng không phải kênh "
                    "chính thức để gửi văn bản, càng không được dùng để trao đổi tài liệu mật hoặc danh "
                    "sách có dữ liệu cá nhân. Cảnh giác với tài khoản giả danh lãnh đạo, đồng nghiệp; "
                    "tuyệt đối không quét mã QR do người khác gửi với lời nhờ “đăng nhập giúp”, vì đó có "
                    "thể là mã đăng nhập Zalo trên máy của kẻ gian. Bật khóa ứng dụng và xác thực khi "
                    "đăng nhập trên thiết bị mới.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": "<p>Khóa màn hình mỗi khi rời chỗ ngồi bằng <b>Windows + L</b>, và đặt "
                        "tự động khóa sau vài phút không sử dụng. Đây là thói quen nhỏ nhưng ngăn được "
                        "nhiều rủi ro trong văn phòng đông người.</p>",
                    },
                ),
                (
                    "check",
                    {
                        "question": "Phòng bạn lưu báo cáo trên máy chủ tệp và có một ổ cứng ngoài luôn "
                        "cắm vào máy chủ để đồng bộ hằng giờ. Cách sao lưu này đã đạt nguyên tắc 3-2-1 "
                        "chưa?",
                        "answer": "<p>Chưa. Chỉ có hai bản, và ổ cứng ngoài luôn kết nối nên có thể bị "
                        "mã độc tống tiền mã hoá cùng lúc. Cần thêm một bản đặt ở nơi khác, tách rời khỏi "
                        "mạng, và định kỳ thử khôi phục.</p>",
                    },
                ),
            ],
        },
        {
            "title": "Bí mật nhà nước và dữ liệu cá nhân",
            "slug": "bi-mat-nha-nuoc-va-du-lieu-ca-nhan",
            "minutes": 45,
            "body": [
                ("heading", "Bảo vệ bí mật nhà nước trên môi trường số"),
                (
                    "paragraph",
                    "<p>Luật Bảo vệ bí mật nhà nước năm 2018 phân loại bí mật nhà nước theo ba độ mật: "
                    "<b>Tuyệt mật</b>, <b>Tối mật</b> và <b>Mật</b>. Việc soạn thảo, sao, chụp, lưu "
                    "giữ, giao nhận, tiêu huỷ tài liệu mật phải tuân theo Luật và quy chế của cơ quan. "
                    "Các điểm cần ghi nhớ:</p>"
                    "<ul><li>Không soạn thảo, lưu giữ tài liệu có nội dung bí mật nhà nước trên máy "
                    "tính hoặc thiết bị đã hoặc đang kết nối với Internet hay mạng máy tính, mạng viễn "
                    "thông, trừ trường hợp thực hiện theo quy định của pháp luật về cơ yếu.</li>"
                    "<li>Không truyền đưa bí mật nhà nước qua thư điện tử, Zalo, mạng xã hội hay bất kỳ "
                    "phương tiện thông tin, viễn thông nào trái quy định về cơ yếu.</li>"
                    "<li>Không dùng điện thoại, thiết bị ghi âm, ghi hình trong cuộc họp có nội dung "
                    "bí mật nhà nước khi chưa được người có thẩm quyền cho phép.</li>"
                    "<li>Máy tính, USB dùng cho tài liệu mật được quản lý riêng, kể cả khi sửa "
                    "chữa, thanh lý.</li></ul>",
                ),
                ("heading", "Dữ liệu cá nhân theo Nghị định 13/2023/NĐ-CP"),
                (
                    "paragraph",
                    "<p>Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân có hiệu lực từ ngày "
                    "01/7/2023. Nghị định phân biệt <b>dữ liệu cá nhân cơ bản</b> (họ tên, ngày sinh, "
                    "số định danh cá nhân, địa chỉ, số điện thoại…) và <b>dữ liệu cá nhân nhạy cảm</b> "
                    "(quan điểm chính trị, tôn giáo, tình trạng sức khoẻ, nguồn gốc chủng tộc, dữ "
                    "liệu sinh trắc học, vị trí cá nhân, thông tin khách hàng của tổ chức tín dụng…) "
                    "cần được bảo vệ chặt chẽ hơn. Nguyên tắc cốt lõi: hợp pháp, minh bạch, đúng mục đích, chỉ thu thập dữ liệu "
                    "cần thiết và bảo đảm an toàn. "
                    "Sự đồng ý của chủ thể dữ liệu phải tự nguyện, rõ ràng; im lặng hoặc không phản hồi "
                    "không được coi là đồng ý. Luật Bảo vệ dữ liệu cá nhân năm 2025 có hiệu lực từ "
                    "01/01/2026; cần theo dõi các văn bản hướng dẫn mới.</p>"
                    "<p>Những việc cần tránh: gửi danh sách hộ nghèo kèm số định danh vào nhóm Zalo "
                    "chung; niêm yết thông tin vượt quá mức pháp luật yêu cầu; mang hồ sơ về máy cá "
                    "nhân; chụp giấy tờ của người dân bằng điện thoại riêng. Khi dữ liệu cá nhân bị lộ, "
                    "bên kiểm soát dữ liệu (thường chính là cơ quan) phải thông báo cho Bộ Công an (Cục "
                    "An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao) chậm nhất 72 giờ sau "
                    "khi xảy ra vi phạm, nên mỗi cán bộ cần báo cáo ngay khi phát hiện.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Trước khi chia sẻ một tệp có dữ liệu cá nhân",
                        "steps": [
                            "<p>Xác định người nhận có nhiệm vụ cần dữ liệu này hay không.</p>",
                            "<p>Bỏ các cột không cần thiết (số định danh, số điện thoại, địa chỉ) và "
                            "kiểm tra trang tính, cột bị ẩn.</p>",
                            "<p>Gửi qua kênh chính thức: hệ thống quản lý văn bản hoặc thư điện tử "
                            "công vụ, không qua Zalo hay thư cá nhân.</p>",
                            "<p>Với dữ liệu nhạy cảm, đặt mật khẩu cho tệp và gửi mật khẩu qua một kênh "
                            "khác.</p>",
                            "<p>Kiểm tra lại địa chỉ người nhận trước khi gửi.</p>",
                        ],
                    },
                ),
                (
                    "check",
                    {
                        "question": "Đồng nghiệp đề nghị bạn soạn nhanh báo cáo có nội dung “Mật” trên "
                        "máy tính đang kết nối Internet rồi ngắt mạng sau. Cách làm này có đúng không?",
                        "answer": "<p>Không đúng. Luật cấm soạn thảo, lưu giữ tài liệu mật trên máy "
                        "tính <b>đã hoặc đang</b> kết nối mạng. Phải dùng máy được quản lý riêng, không "
                        "kết nối mạng.</p>",
                    },
                ),
            ],
        },
        {
            "title": "Phát hiện, ứng phó và báo cáo sự cố",
            "slug": "phat-hien-ung-pho-va-bao-cao-su-co",
            "minutes": 40,
            "body": [
                ("heading", "Dấu hiệu sự cố"),
                (
                    "paragraph",
                    "<p>Sự cố an toàn thông tin là khi tính bí mật, toàn vẹn hoặc sẵn sàng của thông tin "
                    "bị ảnh hưởng. Một số dấu hiệu người dùng có thể nhận thấy: tệp bị đổi đuôi lạ và "
                    "không mở được, xuất hiện tệp ghi chú đòi tiền chuộc; máy chậm bất thường, quạt chạy "
                    "liên tục; trình duyệt tự mở trang lạ; đồng nghiệp nhận được thư hoặc tin nhắn lạ "
                    "“từ bạn”; nhận cảnh báo đăng nhập từ thiết bị hoặc vị trí lạ; mật khẩu đột nhiên "
                    "không dùng được; mất máy tính xách tay, điện thoại hoặc USB chứa dữ liệu công "
                    "việc. Bạn cũng cần báo cáo cả khi <i>nghi ngờ</i>, ví dụ vừa nhập mật khẩu vào "
                    "một trang mà sau đó thấy đáng ngờ.</p>",
                ),
                (
                    "figure",
                    {
                        "image": "padlock-shield",
                        "alt": "Chiếc khiên có ổ khóa tượng trưng cho ứng phó sự cố",
                        "caption": "Báo cáo sớm giúp khoanh vùng sự cố trước khi lan rộng.",
                    },
                ),
                ("heading", "Xử lý ban đầu"),
                (
                    "steps",
                    {
                        "title": "Khi nghi máy tính bị nhiễm mã độc hoặc mã độc tống tiền",
                        "steps": [
                            "<p><b>Ngắt kết nối mạng</b>: rút cáp mạng, tắt Wi-Fi để mã độc không lây "
                            "sang máy khác và thư mục dùng chung.</p>",
                            "<p><b>Không</b> tự ý tắt nguồn, xoá tệp, cài lại máy hay chạy công cụ lạ; "
                            "các dấu vết cần cho việc điều tra, khôi phục.</p>",
                            "<p>Dùng điện thoại chụp lại màn hình thông báo lạ, ghi thời gian và việc "
                            "bạn vừa làm trước đó.</p>",
                            "<p>Báo ngay cho bộ phận CNTT, an toàn thông tin của cơ quan và lãnh đạo "
                            "trực tiếp theo quy chế.</p>",
                            "<p>Từ một thiết bị sạch, đổi mật khẩu các tài khoản có thể bị ảnh hưởng "
                            "theo hướng dẫn của bộ phận CNTT. Không trả tiền chuộc.</p>",
                        ],
                    },
                ),
                ("heading", "Báo cáo và rút kinh nghiệm"),
                (
                    "paragraph",
                    "<p>Luật An toàn thông tin mạng năm 2015 và các văn bản hướng dẫn quy định việc "
                    "điều phối, ứng cứu sự cố; mỗi cơ quan có quy chế và đầu mối tiếp nhận báo cáo. Hãy "
                    "biết trước đầu mối đó là ai, số điện thoại, địa chỉ thư, và lưu ở nơi tra được cả "
                    "khi máy tính không dùng được. Một báo cáo hữu ích nêu rõ: ai phát hiện, khi nào, "
                    "thiết bị hoặc tài khoản nào, dấu hiệu cụ thể, đã làm gì, dữ liệu nào có thể bị ảnh "
                    "hưởng, đặc biệt là có dữ liệu cá nhân hay tài liệu mật hay không.</p>"
                    "<p>Báo cáo sớm không phải là tự nhận lỗi. Một người bấm nhầm đường dẫn rồi báo ngay "
                    "giúp cơ quan chặn kịp tên miền độc hại cho tất cả mọi người; ngược lại, giấu sự cố "
                    "có thể khiến dữ liệu của hàng nghìn người dân bị lộ và cơ quan vi phạm thời hạn "
                    "thông báo theo quy định. Sau sự cố, hãy tham gia rút kinh nghiệm: nguyên nhân là "
                    "gì, cần thay đổi quy trình, cấu hình hay tập huấn gì để không lặp lại.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "note",
                        "text": "<p>Ghi sẵn số điện thoại và địa chỉ thư của đầu mối an toàn thông tin "
                        "của cơ quan vào danh bạ điện thoại. Khi máy tính bị mã hoá, bạn sẽ không mở "
                        "được tài liệu hướng dẫn lưu trên đó.</p>",
                    },
                ),
                (
                    "check",
                    {
                        "question": "Sáng thứ Hai, bạn thấy nhiều tệp trong thư mục chung của phòng có "
                        "đuôi lạ và một tệp “README_RESTORE.txt”. Ba việc đầu tiên cần làm là gì?",
                        "answer": "<p>Ngắt máy khỏi mạng (rút cáp, tắt Wi-Fi); không tắt máy, không xoá "
                        "tệp; báo ngay bộ phận CNTT và lãnh đạo theo quy chế, kèm ảnh chụp và thời điểm "
                        "phát hiện.</p>",
                    },
                ),
            ],
        },
    ],
    "quiz": QUIZ,
}
