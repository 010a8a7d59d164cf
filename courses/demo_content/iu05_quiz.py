# Demo course IU05: the quiz and its question bank, used by iu05.py. Plain data only; see README.md.

QUIZ = {
    "title": "Bài kiểm tra: Sử dụng trình chiếu cơ bản",
    "slug": "bai-kiem-tra",
    "intro": "<p>Bài kiểm tra gồm 12 câu hỏi về bố cục, nội dung, hình ảnh, hiệu ứng, trình chiếu "
    "và in tài liệu phát tay. Cần đạt 70% để hoàn thành khóa học; bạn có tối đa 3 lượt làm "
    "bài.</p>",
    "pass_mark": 70,
    "max_attempts": 3,
    "time_limit_minutes": 20,
    "draw_count": None,
    "questions": [
        {
            "kind": "single",
            "text": "Chức năng nào giúp thống nhất phông chữ, màu sắc và vị trí logo cho mọi "
            "slide trong bài?",
            "answers": [
                ("Slide cái (Slide Master)", True),
                ("Hiệu ứng chuyển slide (Transitions)", False),
                ("Chế độ Slide Sorter", False),
                ("Chức năng Rehearse Timings", False),
            ],
            "explanation": "<p>Chỉnh sửa một lần trên <b>slide cái</b> (View → Slide Master; "
            "Impress: View → Master Slide) thì mọi slide dùng bố cục đó thay đổi theo.</p>",
        },
        {
            "kind": "single",
            "text": "Bố cục nào phù hợp cho slide mở đầu có tên báo cáo, tên đơn vị và ngày "
            "trình bày?",
            "answers": [
                ("Title Slide", True),
                ("Two Content", False),
                ("Blank", False),
                ("Comparison", False),
            ],
            "explanation": "<p><b>Title Slide</b> có khung tiêu đề và khung phụ đề, dành cho "
            "slide mở đầu.</p>",
        },
        {
            "kind": "single",
            "text": "Cỡ chữ nội dung tối thiểu nên dùng để đọc được từ cuối phòng họp là "
            "khoảng bao nhiêu?",
            "answers": [
                ("24 pt", True),
                ("12 pt", False),
                ("16 pt", False),
                ("9 pt", False),
            ],
            "explanation": "<p>Nội dung nên từ khoảng 24 pt trở lên, tiêu đề 32–40 pt. Nếu phải "
            "giảm cỡ chữ để vừa slide, hãy tách thành hai slide.</p>",
        },
        {
            "kind": "multiple",
            "text": "Những việc nào giúp slide dễ đọc hơn? (Chọn các đáp án đúng)",
            "answers": [
                ("Chỉ ghi từ khóa và con số chính, phần diễn giải để trong Ghi chú", True),
                ("Dùng chữ tối trên nền sáng hoặc chữ sáng trên nền tối", True),
                ("Chép nguyên đoạn văn từ báo cáo để không bỏ sót ý", False),
                ("Dùng bốn, năm phông chữ trang trí khác nhau cho sinh động", False),
            ],
            "explanation": "<p>Ít chữ và đủ tương phản giúp người nghe theo dõi. Đoạn văn dài và "
            "nhiều phông chữ trang trí làm slide khó đọc.</p>",
        },
        {
            "kind": "true_false",
            "text": "Ghi chú (Notes) của người thuyết trình luôn hiển thị trên màn chiếu cho "
            "đại biểu cùng xem.",
            "answers": [("Đúng", False), ("Sai", True)],
            "explanation": "<p>Sai. Ở chế độ người thuyết trình với màn hình mở rộng (Extend), ghi "
            "chú chỉ hiện trên máy tính của người trình bày; màn chiếu chỉ hiện slide.</p>",
        },
        {
            "kind": "single",
            "text": "Cách nào giảm dung lượng tệp trình chiếu có nhiều ảnh chụp từ điện thoại?",
            "answers": [
                ("Dùng Compress Pictures để nén ảnh và bỏ phần đã cắt", True),
                ("Đổi kích thước slide từ 16:9 sang 4:3", False),
                ("Thêm hiệu ứng chuyển slide cho mọi slide", False),
                ("Lưu tệp thành nhiều bản sao", False),
            ],
            "explanation": "<p><b>Picture Format → Compress Pictures</b> giảm độ phân giải ảnh và "
            "xoá phần đã cắt xén, làm tệp nhẹ hơn đáng kể.</p>",
        },
        {
            "kind": "multiple",
            "text": "Khi chèn hình ảnh vào slide báo cáo, cần lưu ý những gì? (Chọn các đáp án "
            "đúng)",
            "answers": [
                ("Che thông tin cá nhân của người dân trên ảnh chụp giấy tờ", True),
                ("Dùng ảnh của cơ quan hoặc ảnh có giấy phép sử dụng rõ ràng", True),
                ("Kéo núm ở cạnh bên để kéo dài ảnh cho vừa khung", False),
                ("Chèn thật nhiều ảnh trang trí để slide bớt trống", False),
            ],
            "explanation": "<p>Cần bảo vệ dữ liệu cá nhân và tôn trọng bản quyền. Kéo núm ở cạnh "
            "làm méo ảnh (nên kéo núm ở góc); ảnh trang trí không liên quan làm người nghe phân "
            "tán.</p>",
        },
        {
            "kind": "single",
            "text": "Cách dùng hiệu ứng chuyển slide nào phù hợp với bài báo cáo tại cuộc họp "
            "cơ quan?",
            "answers": [
                ("Một kiểu nhẹ nhàng như Fade cho tất cả slide, hoặc không dùng", True),
                ("Mỗi slide một hiệu ứng khác nhau cho sinh động", False),
                ("Hiệu ứng xoay kèm âm thanh vỗ tay ở slide cuối", False),
            ],
            "explanation": "<p>Hiệu ứng nên tiết chế: một kiểu nhẹ nhàng, áp dụng thống nhất, "
            "không có âm thanh.</p>",
        },
        {
            "kind": "single",
            "text": "Phím tắt nào bắt đầu trình chiếu từ slide đang chọn?",
            "answers": [
                ("Shift + F5", True),
                ("F5", False),
                ("Ctrl + M", False),
                ("Esc", False),
            ],
            "explanation": "<p><b>F5</b> trình chiếu từ slide đầu, <b>Shift + F5</b> từ slide "
            "hiện tại. Ctrl + M thêm slide mới, Esc kết thúc trình chiếu.</p>",
        },
        {
            "kind": "single",
            "text": "Khi cắm máy tính vào máy chiếu, muốn dùng chế độ người thuyết trình (thấy "
            "ghi chú và slide tiếp theo trên máy mình) thì chọn chế độ hiển thị nào sau khi nhấn "
            "Windows + P?",
            "answers": [
                ("Extend (Mở rộng)", True),
                ("Duplicate (Nhân bản)", False),
                ("PC screen only (Chỉ màn hình máy tính)", False),
            ],
            "explanation": "<p>Chế độ <b>Extend</b> cho phép hai màn hình hiển thị khác nhau: máy "
            "chiếu hiện slide, máy tính hiện Presenter View.</p>",
        },
        {
            "kind": "true_false",
            "text": "Khi trình chiếu, nhấn phím B sẽ làm màn chiếu chuyển sang màu đen; nhấn lại "
            "để tiếp tục.",
            "answers": [("Đúng", True), ("Sai", False)],
            "explanation": "<p>Đúng. Phím <b>B</b> cho màn hình đen, <b>W</b> cho màn hình trắng, "
            "giúp người nghe tập trung vào thảo luận.</p>",
        },
        {
            "kind": "single",
            "text": "Muốn in tài liệu phát tay có chỗ để đại biểu ghi chú bên cạnh từng slide, "
            "nên chọn kiểu in nào?",
            "answers": [
                ("Handouts – 3 Slides", True),
                ("Full Page Slides", False),
                ("Outline", False),
                ("Handouts – 9 Slides", False),
            ],
            "explanation": "<p>Kiểu <b>3 Slides</b> trong nhóm Handouts in ba slide mỗi trang, "
            "kèm các dòng kẻ để ghi chú.</p>",
        },
    ],
}
