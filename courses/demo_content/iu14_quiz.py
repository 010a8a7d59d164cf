# Demo course IU14: the quiz and its question bank, used by iu14.py. Plain data only; see README.md.

QUIZ = {
    "title": "Bài kiểm tra: An toàn, bảo mật thông tin",
    "slug": "bai-kiem-tra",
    "intro": "<p>Bài kiểm tra gồm 12 câu hỏi tình huống về nhận diện mối đe doạ, xác thực, bảo vệ "
    "dữ liệu, bí mật nhà nước, dữ liệu cá nhân và ứng phó sự cố. Cần đạt 80% để hoàn thành khóa "
    "học; bạn có tối đa 3 lượt làm bài.</p>",
    "pass_mark": 80,
    "max_attempts": 3,
    "time_limit_minutes": 25,
    "draw_count": None,
    "questions": [
        {
            "kind": "multiple",
            "text": "Những dấu hiệu nào thường gặp ở thư lừa đảo? (Chọn các đáp án đúng)",
            "answers": [
                ("Thúc ép phải làm ngay, doạ khóa tài khoản", True),
                ("Tệp nén đính kèm có mật khẩu ghi sẵn trong thư", True),
                ("Đường dẫn trỏ tới tên miền khác với cơ quan gửi", True),
                ("Thư được chuyển qua hệ thống quản lý văn bản của cơ quan", False),
                ("Tiêu đề có số hiệu văn bản", False),
            ],
            "explanation": "<p>Thúc ép thời gian, tệp nén có mật khẩu (để né quét mã độc) và đường "
            "dẫn trỏ sai tên miền là dấu hiệu điển hình. Số hiệu văn bản có thể bị làm giả nên "
            "không phải bằng chứng thư là thật.</p>",
        },
        {
            "kind": "single",
            "text": "Tài khoản Zalo mang tên và ảnh của Phó Giám đốc nhắn bạn chuyển gấp 20 "
            "triệu đồng cho đối tác, hứa chiều hoàn lại. Bạn nên làm gì?",
            "answers": [
                ("Gọi điện trực tiếp cho Phó Giám đốc qua số đã biết để xác minh", True),
                ("Chuyển tiền ngay vì đó là yêu cầu của lãnh đạo", False),
                ("Nhắn lại trên chính Zalo đó để hỏi cho chắc", False),
                ("Chuyển một nửa số tiền trước", False),
            ],
            "explanation": "<p>Cần xác minh qua <b>một kênh khác</b> do bạn chủ động liên hệ. Nhắn "
            "lại trên tài khoản đáng ngờ không có giá trị xác minh, vì kẻ gian đang kiểm soát tài "
            "khoản đó.</p>",
        },
        {
            "kind": "single",
            "text": "Mật khẩu nào dưới đây mạnh nhất?",
            "answers": [
                ("ca-phe-mua-thu-den-chieu-7", True),
                ("P@ssw0rd!", False),
                ("UBNDhuyen2025", False),
                ("Nguyen12031985", False),
            ],
            "explanation": "<p>Cụm mật khẩu dài gồm nhiều từ ngẫu nhiên khó dò hơn nhiều so với "
            "mật khẩu ngắn dù có ký tự đặc biệt. Tên cơ quan, năm, họ tên và ngày sinh đều dễ "
            "đoán.</p>",
        },
        {
            "kind": "true_false",
            "text": "Dùng lại cùng một mật khẩu mạnh cho thư công vụ và các trang mua sắm cá nhân "
            "là chấp nhận được.",
            "answers": [("Đúng", False), ("Sai", True)],
            "explanation": "<p>Sai. Nếu một trang bị lộ dữ liệu, kẻ gian sẽ thử mật khẩu đó trên "
            "tài khoản công việc. Mỗi tài khoản cần một mật khẩu riêng; trình quản lý mật khẩu giúp "
            "làm việc này.</p>",
        },
        {
            "kind": "single",
            "text": "Phương thức xác thực hai yếu tố nào chống được trang đăng nhập giả mạo tốt "
            "nhất?",
            "answers": [
                ("Khóa bảo mật phần cứng hoặc passkey", True),
                ("Mã OTP gửi qua SMS", False),
                ("Câu hỏi bí mật về tên trường tiểu học", False),
                ("Mã OTP gửi qua thư điện tử cá nhân", False),
            ],
            "explanation": "<p>Khóa bảo mật và passkey gắn với tên miền thật nên không hoạt động "
            "trên trang giả. Mã OTP có thể bị người dùng nhập nhầm vào trang giả; câu hỏi bí mật "
            "không phải yếu tố thứ hai thực sự.</p>",
        },
        {
            "kind": "true_false",
            "text": "Khi điện thoại hiện yêu cầu phê duyệt đăng nhập mà bạn không tự thực hiện, "
            "nên từ chối và đổi mật khẩu ngay.",
            "answers": [("Đúng", True), ("Sai", False)],
            "explanation": "<p>Đúng. Yêu cầu phê duyệt lạ cho thấy ai đó đã có mật khẩu của bạn. "
            "Từ chối, đổi mật khẩu và báo bộ phận CNTT.</p>",
        },
        {
            "kind": "single",
            "text": "Trong nguyên tắc sao lưu 3-2-1, chữ số “1” có nghĩa là gì?",
            "answers": [
                ("Ít nhất một bản sao đặt ở nơi khác, tách rời khỏi mạng", True),
                ("Sao lưu một lần mỗi năm", False),
                ("Chỉ cần một loại phương tiện lưu trữ", False),
                ("Một người duy nhất được phép sao lưu", False),
            ],
            "explanation": "<p>3 bản dữ liệu, trên 2 loại phương tiện, trong đó <b>1</b> bản ở nơi "
            "khác và ngoại tuyến để không bị mã độc tống tiền mã hoá cùng lúc.</p>",
        },
        {
            "kind": "multiple",
            "text": "Những cách làm nào đúng khi sử dụng USB và Wi-Fi công cộng? (Chọn các đáp án "
            "đúng)",
            "answers": [
                ("Không cắm USB không rõ nguồn gốc vào máy cơ quan", True),
                ("Dùng VPN do cơ quan cấp hoặc mạng di động khi phải làm việc bên ngoài", True),
                ("Dùng một USB chung cho máy có Internet và máy soạn tài liệu mật", False),
                (
                    "Đăng nhập hệ thống quản lý văn bản qua Wi-Fi miễn phí của quán cà phê",
                    False,
                ),
            ],
            "explanation": "<p>USB lạ có thể chứa mã độc; USB dùng chung là con đường làm lộ tài "
            "liệu mật. Wi-Fi công cộng có thể bị giả mạo, nên dùng VPN của cơ quan hoặc mạng di "
            "động.</p>",
        },
        {
            "kind": "single",
            "text": "Theo Luật Bảo vệ bí mật nhà nước năm 2018, bí mật nhà nước được phân loại "
            "theo những độ mật nào?",
            "answers": [
                ("Tuyệt mật, Tối mật, Mật", True),
                ("Khẩn, Thượng khẩn, Hoả tốc", False),
                ("Cao, Trung bình, Thấp", False),
                ("Nội bộ, Hạn chế, Công khai", False),
            ],
            "explanation": "<p>Ba độ mật là <b>Tuyệt mật, Tối mật, Mật</b>. Khẩn, Thượng khẩn, Hoả "
            "tốc là mức độ khẩn của văn bản, không phải độ mật.</p>",
        },
        {
            "kind": "true_false",
            "text": "Theo Nghị định 13/2023/NĐ-CP, nếu chủ thể dữ liệu im lặng, không phản hồi "
            "thì được coi là đã đồng ý cho xử lý dữ liệu cá nhân.",
            "answers": [("Đúng", False), ("Sai", True)],
            "explanation": "<p>Sai. Sự đồng ý phải tự nguyện, rõ ràng; im lặng hoặc không phản hồi "
            "không được coi là đồng ý.</p>",
        },
        {
            "kind": "single",
            "text": "Thông tin nào dưới đây thuộc nhóm dữ liệu cá nhân nhạy cảm theo Nghị định "
            "13/2023/NĐ-CP?",
            "answers": [
                ("Tình trạng sức khoẻ của người dân trong hồ sơ", True),
                ("Tên cơ quan nơi người đó công tác", False),
                ("Tên thủ tục hành chính người đó đã nộp", False),
            ],
            "explanation": "<p>Tình trạng sức khoẻ là dữ liệu cá nhân nhạy cảm, cùng với dữ liệu "
            "sinh trắc học, tôn giáo, quan điểm chính trị, vị trí cá nhân… và cần được "
            "bảo vệ chặt chẽ hơn.</p>",
        },
        {
            "kind": "single",
            "text": "Máy tính của bạn hiện thông báo đòi tiền chuộc và các tệp không mở được. "
            "Việc đầu tiên nên làm là gì?",
            "answers": [
                ("Ngắt kết nối mạng rồi báo ngay bộ phận CNTT theo quy chế", True),
                ("Tắt nguồn, cài lại Windows cho nhanh", False),
                ("Liên hệ kẻ tấn công để thương lượng mức tiền chuộc", False),
                ("Sao chép các tệp bị mã hoá sang USB để mang về nhà thử mở", False),
            ],
            "explanation": "<p>Ngắt mạng để ngăn lây lan, giữ nguyên hiện trạng và báo ngay cho "
            "đầu mối an toàn thông tin. Cài lại máy làm mất dấu vết; trả tiền chuộc không bảo đảm "
            "lấy lại dữ liệu.</p>",
        },
    ],
}
