//! What the documents are about: topics with their subjects (trích yếu), background
//! sentences, and task clauses whose action categories are unambiguous from their verbs
//! (the cue words of the task model). Objects (`{O}`) are noun phrases without any cue
//! word, so a clause's categories are exactly those of its verb part; the crate's tests
//! check every clause against a snapshot of the project's cue lexicon.
//!
//! Placeholders filled per document: `{Y}` year, `{Y1}` next year, `{Y0}` previous
//! year, `{MK}` the dry season (`2022 - 2023`), `{TET}` the coming Tết (`Tân Sửu năm
//! 2021`), `{TY}` the coming Tết's year, `{NH}` the school year, `{QH}`/`{NK}` the
//! election's legislature and term, `{DH}`/`{C}`/`{C5}` the coming party congress,
//! `{N}` the party's anniversary, `{DIA}` the issuer's territory (`trên địa bàn tỉnh`).

use crate::bodies::{
    CONG_AN, CONG_THUONG, GIAO_DUC, GIAO_THONG, KE_HOACH, LAO_DONG, MOI_TRUONG, NOI_VU,
    NONG_NGHIEP, TAI_CHINH, THONG_TIN, Y_TE,
};

/// Action categories of the task model (docs/tasks.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Act {
    Direct,
    Disseminate,
    Advise,
    Inspect,
    Report,
    Support,
    Mobilize,
    Enforce,
    Commend,
    Coordinate,
    Control,
    Procure,
}

impl Act {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Act::Direct => "direct",
            Act::Disseminate => "disseminate",
            Act::Advise => "advise",
            Act::Inspect => "inspect",
            Act::Report => "report",
            Act::Support => "support",
            Act::Mobilize => "mobilize",
            Act::Enforce => "enforce",
            Act::Commend => "commend",
            Act::Coordinate => "coordinate",
            Act::Control => "control",
            Act::Procure => "procure",
        }
    }
}

use Act::*;

/// A clause and the categories its verbs ask for.
pub(crate) type Clause = (&'static str, &'static [Act]);

/// One topic.
pub(crate) struct Topic {
    /// A short internal name.
    pub id: &'static str,
    /// First and last year a document on it may carry.
    pub years: (i32, i32),
    /// Months (bit m for month m) in which it is in season; 0 = all year.
    pub months: u16,
    /// Party documents may treat it; state documents may treat it.
    pub party: bool,
    pub state: bool,
    /// The sector (`bodies::SECTORS`) in charge on the state side.
    pub sector: usize,
    /// Urgent: daily and weekly reporting is plausible.
    pub urgent: bool,
    /// Subjects without the leading `về`/`V/v`, starting in lower case.
    pub cores: &'static [&'static str],
    /// The name a steering committee on it takes after `Ban Chỉ đạo `.
    pub bcd: &'static str,
    /// Purpose clauses for a preamble (`để …`).
    pub purpose: &'static [&'static str],
    /// Background sentences.
    pub background: &'static [&'static str],
    /// Objects of the generic clauses (no cue words).
    pub objects: &'static [&'static str],
    /// Clauses proper to the topic.
    pub specials: &'static [Clause],
}

const fn months(ms: &[u16]) -> u16 {
    let mut bits = 0;
    let mut i = 0;
    while i < ms.len() {
        bits |= 1 << ms[i];
        i += 1;
    }
    bits
}

/// Clauses any topic can use; `{O}` is an object of the topic, `{S}` the superior body
/// that is advised, `{B}` a body worked with.
pub(crate) const GENERIC: [Clause; 33] = [
    (
        "rà soát, đánh giá kết quả {O}, kịp thời đề xuất giải pháp khắc phục hạn chế",
        &[Advise],
    ),
    ("chỉ đạo rà soát, bổ sung kế hoạch về {O}", &[Direct]),
    (
        "định hướng thông tin về {O} trên báo chí và mạng xã hội",
        &[Disseminate],
    ),
    ("giám sát chặt chẽ việc thực hiện {O} ở cơ sở", &[Inspect]),
    ("tổ chức triển khai {O} đến tận cơ sở", &[Direct]),
    ("tham mưu xây dựng các văn bản chỉ đạo về {O}", &[Advise]),
    (
        "động viên cán bộ, đảng viên gương mẫu đi đầu trong {O}",
        &[Mobilize],
    ),
    (
        "kịp thời biểu dương những tập thể, cá nhân làm tốt {O}",
        &[Commend],
    ),
    (
        "kiên quyết chấn chỉnh, xử lý nghiêm những tổ chức, cá nhân thiếu trách nhiệm",
        &[Enforce],
    ),
    (
        "hỗ trợ các địa phương tháo gỡ khó khăn trong {O}",
        &[Support],
    ),
    (
        "quán triệt, phổ biến kịp thời {O} đến chi bộ",
        &[Disseminate],
    ),
    ("lãnh đạo, chỉ đạo thực hiện tốt {O}", &[Direct]),
    ("tăng cường lãnh đạo, chỉ đạo {O}", &[Direct]),
    ("triển khai đồng bộ, hiệu quả {O}", &[Direct]),
    ("tổ chức thực hiện nghiêm {O}", &[Direct]),
    (
        "chỉ đạo các cơ quan, đơn vị trực thuộc thực hiện nghiêm {O}",
        &[Direct],
    ),
    (
        "quán triệt sâu sắc đến cán bộ, đảng viên về {O}",
        &[Disseminate],
    ),
    (
        "tuyên truyền, phổ biến sâu rộng {O} đến các tầng lớp Nhân dân",
        &[Disseminate],
    ),
    (
        "tăng cường tuyên truyền về {O} trên các phương tiện thông tin đại chúng",
        &[Disseminate],
    ),
    ("tham mưu {S} các giải pháp về {O}", &[Advise]),
    ("đề xuất cơ chế, chính sách về {O}", &[Advise]),
    ("xây dựng kế hoạch cụ thể về {O}", &[Advise]),
    ("kiểm tra, giám sát việc thực hiện {O}", &[Inspect]),
    (
        "theo dõi, đôn đốc các cơ quan, đơn vị thực hiện {O}",
        &[Inspect],
    ),
    ("tăng cường kiểm tra {O}", &[Inspect]),
    (
        "tháo gỡ khó khăn, vướng mắc cho cơ sở trong {O}",
        &[Support],
    ),
    (
        "vận động cán bộ, đảng viên và Nhân dân tích cực tham gia {O}",
        &[Mobilize],
    ),
    ("huy động các nguồn lực xã hội cho {O}", &[Mobilize]),
    ("phát động phong trào thi đua về {O}", &[Mobilize]),
    ("xử lý nghiêm các tập thể, cá nhân vi phạm", &[Enforce]),
    (
        "chấn chỉnh kịp thời những hạn chế, thiếu sót trong {O}",
        &[Enforce],
    ),
    (
        "biểu dương, khen thưởng kịp thời các tập thể, cá nhân có thành tích xuất sắc trong {O}",
        &[Commend],
    ),
    ("khen thưởng kịp thời các điển hình tiên tiến", &[Commend]),
];

/// Clauses that coordinate: a prefix (`chủ trì, phối hợp với {B}` + the next clause)
/// or a clause of its own.
pub(crate) const COORD_PREFIX: [&str; 3] = [
    "chủ trì, phối hợp với {B}",
    "chủ trì, phối hợp chặt chẽ với {B}",
    "phối hợp với {B}",
];
pub(crate) const COORD_ALONE: [&str; 2] = [
    "phối hợp chặt chẽ với {B} trong {O}",
    "phối hợp với {B} thực hiện {O}",
];

/// Report clauses without a recurrence (`{S}` the superior).
pub(crate) const REPORT: [&str; 4] = [
    "tổng hợp kết quả, báo cáo {S}",
    "báo cáo kết quả thực hiện về {S}",
    "tổng hợp tình hình, báo cáo {S}",
    "báo cáo {S} kết quả thực hiện",
];

pub(crate) const TOPICS: [Topic; 28] = [
    Topic {
        id: "thien-tai",
        years: (2005, 2025),
        months: months(&[5, 6, 7, 8, 9, 10, 11]),
        party: true,
        state: true,
        sector: NONG_NGHIEP,
        urgent: true,
        cores: &[
            "tăng cường công tác phòng, chống thiên tai, tìm kiếm cứu nạn năm {Y}",
            "chủ động ứng phó với mưa lũ, bão trong mùa mưa bão năm {Y}",
            "khắc phục hậu quả mưa lũ, sớm ổn định đời sống Nhân dân",
        ],
        bcd: "phòng, chống thiên tai và tìm kiếm cứu nạn",
        purpose: &[
            "để chủ động ứng phó hiệu quả với thiên tai, hạn chế thấp nhất thiệt hại về người và tài sản của Nhân dân",
            "nhằm bảo đảm an toàn tính mạng, tài sản của Nhân dân trong mùa mưa bão",
        ],
        background: &[
            "Theo dự báo của cơ quan khí tượng thủy văn, năm {Y} thiên tai tiếp tục diễn biến phức tạp, bất thường; bão, áp thấp nhiệt đới và mưa lớn có khả năng xuất hiện nhiều hơn trung bình nhiều năm.",
            "Những năm gần đây, thiên tai {DIA} ngày càng cực đoan, gây thiệt hại nặng nề về người, tài sản và sản xuất của Nhân dân.",
            "Công tác phòng, chống thiên tai thời gian qua có chuyển biến tích cực, song ở một số nơi còn tư tưởng chủ quan, lơ là; nhiều khu dân cư vẫn nằm trong vùng có nguy cơ sạt lở đất, lũ quét.",
        ],
        objects: &[
            "công tác phòng, chống thiên tai, tìm kiếm cứu nạn",
            "các giải pháp ứng phó với bão, lũ",
            "công tác bảo đảm an toàn hồ đập, đê điều",
        ],
        specials: &[
            ("sơ tán, di dời người dân ra khỏi vùng có nguy cơ sạt lở đất, lũ quét", &[Control]),
            ("chuẩn bị đầy đủ vật tư, phương tiện cứu hộ, cứu nạn theo phương châm \"bốn tại chỗ\"", &[Procure]),
            ("dự trữ lương thực, nước uống, thuốc men cho các khu vực thường bị chia cắt", &[Procure]),
            ("xây dựng phương án ứng phó với bão mạnh, mưa lớn", &[Advise]),
            ("kiểm tra an toàn các hồ chứa thủy lợi, đê điều xung yếu", &[Inspect]),
            ("hỗ trợ Nhân dân khắc phục hậu quả thiên tai, sớm ổn định cuộc sống", &[Support]),
            ("huy động lực lượng, phương tiện sẵn sàng tham gia cứu hộ, cứu nạn", &[Mobilize]),
        ],
    },
    Topic {
        id: "covid",
        years: (2020, 2022),
        months: 0,
        party: true,
        state: true,
        sector: Y_TE,
        urgent: true,
        cores: &[
            "tăng cường công tác phòng, chống dịch COVID-19",
            "các biện pháp cấp bách phòng, chống dịch COVID-19",
            "tiếp tục thực hiện mục tiêu kép vừa phòng, chống dịch COVID-19, vừa phục hồi, phát triển kinh tế - xã hội",
        ],
        bcd: "phòng, chống dịch COVID-19",
        purpose: &[
            "để chủ động kiểm soát, ngăn chặn dịch bệnh lây lan trong cộng đồng",
            "nhằm bảo vệ tối đa sức khỏe, tính mạng của Nhân dân",
        ],
        background: &[
            "Tình hình dịch COVID-19 trên thế giới và trong nước tiếp tục diễn biến phức tạp, số ca mắc mới có xu hướng tăng, đã xuất hiện lây nhiễm trong cộng đồng tại một số địa phương.",
            "Biến chủng mới của vi rút có tốc độ lây lan nhanh, nguy cơ dịch bùng phát {DIA} là rất lớn.",
            "Thời gian qua, với sự vào cuộc của cả hệ thống chính trị, công tác phòng, chống dịch đạt được những kết quả quan trọng; tuy nhiên, ở một số nơi vẫn còn tâm lý chủ quan, lơ là.",
        ],
        objects: &[
            "công tác phòng, chống dịch COVID-19",
            "các biện pháp phòng, chống dịch",
            "thông điệp 5K của Bộ Y tế",
        ],
        specials: &[
            ("khoanh vùng, truy vết, xét nghiệm kịp thời các trường hợp nghi nhiễm", &[Control]),
            ("tổ chức cách ly tập trung những người về từ vùng có dịch", &[Control]),
            ("tăng tốc độ tiêm vắc-xin phòng COVID-19 cho người dân", &[Control]),
            ("bảo đảm đủ vật tư, trang thiết bị y tế cho các cơ sở y tế", &[Procure]),
            ("hỗ trợ người lao động, hộ kinh doanh gặp khó khăn do dịch bệnh", &[Support]),
            ("bảo đảm cung ứng đủ hàng hóa thiết yếu cho Nhân dân", &[Procure]),
        ],
    },
    Topic {
        id: "tet",
        years: (2005, 2025),
        months: months(&[11, 12, 1, 2]),
        party: true,
        state: true,
        sector: CONG_THUONG,
        urgent: false,
        cores: &[
            "tổ chức đón Tết Nguyên đán {TET}",
            "tổ chức Tết Nguyên đán {TET} vui tươi, lành mạnh, an toàn, tiết kiệm",
            "chăm lo Tết cho các gia đình chính sách, hộ nghèo dịp Tết Nguyên đán {TET}",
        ],
        bcd: "tổ chức Tết Nguyên đán",
        purpose: &[
            "để Nhân dân đón Tết vui tươi, lành mạnh, an toàn, tiết kiệm",
            "bảo đảm mọi nhà, mọi người đều có Tết",
        ],
        background: &[
            "Năm {Y} sắp kết thúc, các cấp, các ngành {DIA} đã nỗ lực vượt qua khó khăn, hoàn thành cơ bản các chỉ tiêu phát triển kinh tế - xã hội.",
            "Tết Nguyên đán là dịp để mọi người, mọi nhà sum họp, đoàn tụ; nhu cầu mua sắm, đi lại của Nhân dân tăng cao.",
        ],
        objects: &[
            "các hoạt động mừng Đảng, mừng Xuân",
            "công tác chuẩn bị đón Tết",
            "các quy định về tổ chức Tết",
        ],
        specials: &[
            ("thăm hỏi, tặng quà các gia đình chính sách, hộ nghèo, người có công với cách mạng", &[Support]),
            ("bảo đảm cung ứng đủ hàng hóa thiết yếu phục vụ Tết, bình ổn giá cả thị trường", &[Procure]),
            ("kiểm soát chặt chẽ hoạt động buôn bán, vận chuyển pháo nổ", &[Control]),
            ("chăm lo Tết cho đồng bào vùng sâu, vùng xa", &[Support]),
        ],
    },
    Topic {
        id: "an-toan-thuc-pham",
        years: (2005, 2025),
        months: 0,
        party: true,
        state: true,
        sector: Y_TE,
        urgent: false,
        cores: &[
            "tăng cường công tác bảo đảm an toàn thực phẩm {DIA}",
            "bảo đảm an toàn thực phẩm trong dịp Tết Trung thu và các tháng cuối năm {Y}",
        ],
        bcd: "liên ngành về an toàn thực phẩm",
        purpose: &["để bảo vệ sức khỏe của Nhân dân", "nhằm phòng ngừa ngộ độc thực phẩm"],
        background: &[
            "Thời gian qua, công tác bảo đảm an toàn thực phẩm {DIA} có chuyển biến tích cực; nhận thức của người sản xuất, kinh doanh và người tiêu dùng từng bước được nâng lên.",
            "Tình trạng sử dụng chất cấm trong chăn nuôi, kinh doanh thực phẩm không rõ nguồn gốc vẫn còn diễn ra; một số vụ ngộ độc thực phẩm tập thể đã xảy ra tại các bếp ăn khu công nghiệp.",
        ],
        objects: &[
            "công tác bảo đảm an toàn thực phẩm",
            "các quy định về an toàn thực phẩm",
            "chuỗi cung cấp thực phẩm an toàn",
        ],
        specials: &[
            ("thanh tra, kiểm tra các cơ sở sản xuất, kinh doanh thực phẩm, bếp ăn tập thể", &[Inspect]),
            ("xử lý nghiêm các cơ sở vi phạm và công khai trên phương tiện thông tin đại chúng", &[Enforce]),
            ("vận động người dân không sử dụng thực phẩm không rõ nguồn gốc", &[Mobilize]),
            ("kiểm soát chặt chẽ nguồn gốc thực phẩm nhập vào địa bàn", &[Control]),
        ],
    },
    Topic {
        id: "rung",
        years: (2005, 2025),
        months: months(&[11, 12, 1, 2, 3, 4]),
        party: true,
        state: true,
        sector: NONG_NGHIEP,
        urgent: false,
        cores: &[
            "tăng cường các biện pháp cấp bách bảo vệ rừng, phòng cháy, chữa cháy rừng mùa khô năm {MK}",
            "tăng cường công tác quản lý, bảo vệ và phát triển rừng",
        ],
        bcd: "bảo vệ rừng và phòng cháy, chữa cháy rừng",
        purpose: &["để ngăn chặn tình trạng phá rừng, hạn chế thấp nhất thiệt hại do cháy rừng gây ra"],
        background: &[
            "Mùa khô năm nay dự báo nắng nóng kéo dài, nguy cơ cháy rừng {DIA} ở mức cao.",
            "Tình trạng phá rừng, lấn chiếm đất lâm nghiệp vẫn diễn ra phức tạp tại một số địa phương; trách nhiệm của một số chủ rừng và chính quyền cấp xã chưa cao.",
        ],
        objects: &[
            "công tác quản lý, bảo vệ rừng",
            "công tác phòng cháy, chữa cháy rừng",
            "các quy định về quản lý, bảo vệ rừng",
        ],
        specials: &[
            ("xây dựng phương án bảo vệ rừng tại các vùng trọng điểm", &[Advise]),
            ("tăng cường tuần tra, kiểm tra, kiểm soát lâm sản trên các tuyến giao thông", &[Inspect, Control]),
            ("kiểm soát chặt chẽ việc sử dụng lửa trong và ven rừng", &[Control]),
            ("vận động Nhân dân ký cam kết bảo vệ rừng, không đốt nương rẫy trong mùa khô", &[Mobilize]),
            ("mua sắm dụng cụ, trang thiết bị phòng cháy, chữa cháy rừng", &[Procure]),
            ("xử lý nghiêm các hành vi phá rừng, lấn chiếm đất rừng", &[Enforce]),
        ],
    },
    Topic {
        id: "sot-xuat-huyet",
        years: (2005, 2025),
        months: months(&[5, 6, 7, 8, 9, 10, 11]),
        party: true,
        state: true,
        sector: Y_TE,
        urgent: true,
        cores: &[
            "tăng cường công tác phòng, chống bệnh sốt xuất huyết",
            "chủ động phòng, chống dịch bệnh sốt xuất huyết năm {Y}",
        ],
        bcd: "phòng, chống dịch bệnh",
        purpose: &["để chủ động kiểm soát, không để dịch bùng phát"],
        background: &[
            "Từ đầu năm đến nay, số ca mắc sốt xuất huyết {DIA} tăng cao so với cùng kỳ; bệnh có xu hướng gia tăng mạnh trong những tháng mùa mưa.",
            "Công tác diệt lăng quăng, bọ gậy ở nhiều nơi chưa được thực hiện thường xuyên.",
        ],
        objects: &[
            "công tác phòng, chống sốt xuất huyết",
            "chiến dịch diệt lăng quăng, bọ gậy",
        ],
        specials: &[
            ("khoanh vùng, phun hóa chất xử lý triệt để ổ dịch", &[Control]),
            ("vận động người dân loại bỏ các dụng cụ chứa nước không cần thiết", &[Mobilize]),
            ("chuẩn bị đủ thuốc, hóa chất, vật tư phục vụ công tác phòng, chống dịch", &[Procure]),
            ("bảo đảm thu dung, điều trị kịp thời bệnh nhân, hạn chế thấp nhất các trường hợp tử vong", &[Control]),
        ],
    },
    Topic {
        id: "chuyen-doi-so",
        years: (2019, 2025),
        months: 0,
        party: true,
        state: true,
        sector: THONG_TIN,
        urgent: false,
        cores: &[
            "đẩy mạnh chuyển đổi số {DIA}",
            "đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong hoạt động của các cơ quan",
            "phát triển chính quyền số năm {Y}",
        ],
        bcd: "chuyển đổi số",
        purpose: &["để tạo chuyển biến mạnh mẽ trong nhận thức và hành động về chuyển đổi số"],
        background: &[
            "Thời gian qua, việc ứng dụng công nghệ thông tin, chuyển đổi số {DIA} đạt một số kết quả bước đầu; hệ thống quản lý văn bản và điều hành được đưa vào sử dụng đến cấp xã.",
            "Tuy nhiên, tỷ lệ hồ sơ trực tuyến toàn trình còn thấp; hạ tầng số ở một số nơi chưa đáp ứng yêu cầu.",
        ],
        objects: &[
            "công tác chuyển đổi số",
            "các nền tảng số dùng chung",
            "dịch vụ công trực tuyến",
        ],
        specials: &[
            ("đầu tư hạ tầng, mua sắm trang thiết bị phục vụ chuyển đổi số", &[Procure]),
            ("xây dựng đề án phát triển chính quyền số", &[Advise]),
            ("hỗ trợ người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến", &[Support]),
            ("nâng cao nhận thức của cán bộ, công chức về chuyển đổi số", &[Mobilize]),
        ],
    },
    Topic {
        id: "cai-cach-hanh-chinh",
        years: (2005, 2025),
        months: 0,
        party: true,
        state: true,
        sector: NOI_VU,
        urgent: false,
        cores: &[
            "đẩy mạnh cải cách hành chính, nâng cao chỉ số năng lực cạnh tranh năm {Y}",
            "tăng cường kỷ luật, kỷ cương hành chính",
        ],
        bcd: "cải cách hành chính",
        purpose: &["để nâng cao chất lượng phục vụ người dân, doanh nghiệp"],
        background: &[
            "Kết quả các chỉ số cải cách hành chính năm {Y0} của địa phương còn thấp so với mặt bằng chung; việc giải quyết thủ tục hành chính ở một số nơi còn chậm, gây phiền hà cho người dân, doanh nghiệp.",
        ],
        objects: &[
            "công tác cải cách hành chính",
            "các thủ tục hành chính",
            "việc giải quyết thủ tục hành chính",
        ],
        specials: &[
            ("rà soát, đề xuất cắt giảm các thủ tục hành chính không cần thiết", &[Advise]),
            ("chấn chỉnh tác phong, lề lối làm việc của cán bộ, công chức", &[Enforce]),
            ("kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính", &[Inspect, Enforce]),
            ("hỗ trợ doanh nghiệp tháo gỡ khó khăn trong thủ tục đầu tư", &[Support]),
        ],
    },
    Topic {
        id: "tham-nhung",
        years: (2005, 2025),
        months: 0,
        party: true,
        state: true,
        sector: NOI_VU,
        urgent: false,
        cores: &[
            "tăng cường công tác phòng, chống tham nhũng, tiêu cực",
            "đẩy mạnh phát hiện, xử lý vụ việc, vụ án tham nhũng, tiêu cực",
        ],
        bcd: "phòng, chống tham nhũng, tiêu cực",
        purpose: &["để tiếp tục ngăn chặn, đẩy lùi tham nhũng, tiêu cực"],
        background: &[
            "Công tác phòng, chống tham nhũng, tiêu cực thời gian qua có bước chuyển biến rõ rệt; nhiều vụ việc, vụ án được phát hiện, xử lý nghiêm minh.",
            "Tuy nhiên, việc tự phát hiện tham nhũng trong nội bộ cơ quan, đơn vị còn hạn chế; việc kê khai tài sản, thu nhập chưa thực chất.",
        ],
        objects: &[
            "công tác phòng, chống tham nhũng, tiêu cực",
            "các quy định về phòng, chống tham nhũng",
            "công tác tiếp nhận, xử lý đơn thư phản ánh",
        ],
        specials: &[
            ("kiểm tra, giám sát việc thực hiện nhiệm vụ, công vụ ở những lĩnh vực dễ phát sinh tiêu cực", &[Inspect]),
            ("xử lý nghiêm các tổ chức đảng, đảng viên vi phạm", &[Enforce]),
            ("kiên quyết thu hồi tài sản bị chiếm đoạt, thất thoát", &[Enforce]),
            ("biểu dương các tập thể, cá nhân dũng cảm đấu tranh chống tham nhũng", &[Commend]),
        ],
    },
    Topic {
        id: "dan-van",
        years: (2005, 2025),
        months: 0,
        party: true,
        state: false,
        sector: NOI_VU,
        urgent: false,
        cores: &[
            "tăng cường và đổi mới công tác dân vận trong tình hình mới",
            "phát huy quyền làm chủ của Nhân dân ở cơ sở",
            "đẩy mạnh phong trào thi đua \"Dân vận khéo\"",
        ],
        bcd: "thực hiện dân chủ ở cơ sở",
        purpose: &["để củng cố vững chắc niềm tin của Nhân dân đối với Đảng, chính quyền"],
        background: &[
            "Công tác dân vận thời gian qua góp phần củng cố niềm tin của Nhân dân đối với Đảng, chính quyền.",
            "Tuy nhiên, ở một số nơi việc nắm bắt tâm tư, nguyện vọng của Nhân dân chưa kịp thời; việc thực hiện dân chủ ở cơ sở còn hình thức.",
        ],
        objects: &[
            "công tác dân vận",
            "việc phát huy quyền làm chủ của Nhân dân",
            "phong trào thi đua \"Dân vận khéo\"",
        ],
        specials: &[
            ("vận động Nhân dân tích cực tham gia xây dựng khu dân cư văn hóa", &[Mobilize]),
            ("biểu dương, nhân rộng các mô hình dân vận khéo", &[Commend]),
            ("giúp đỡ các hộ gia đình có hoàn cảnh khó khăn", &[Support]),
        ],
    },
    Topic {
        id: "nong-thon-moi",
        years: (2010, 2025),
        months: 0,
        party: true,
        state: true,
        sector: NONG_NGHIEP,
        urgent: false,
        cores: &[
            "đẩy mạnh xây dựng nông thôn mới, đô thị văn minh năm {Y}",
            "xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu",
        ],
        bcd: "xây dựng nông thôn mới",
        purpose: &["để nâng cao đời sống vật chất, tinh thần của người dân nông thôn"],
        background: &[
            "Sau nhiều năm thực hiện, diện mạo nông thôn {DIA} có nhiều đổi mới; kết cấu hạ tầng kinh tế - xã hội được đầu tư khá đồng bộ.",
            "Tuy nhiên, kết quả xây dựng nông thôn mới giữa các địa phương chưa đồng đều; một số tiêu chí về môi trường, thu nhập còn khó khăn.",
        ],
        objects: &[
            "phong trào xây dựng nông thôn mới",
            "các tiêu chí nông thôn mới",
            "các sản phẩm đặc trưng của địa phương",
        ],
        specials: &[
            ("huy động các nguồn lực đầu tư kết cấu hạ tầng nông thôn", &[Mobilize]),
            ("hỗ trợ các xã khó khăn hoàn thành các tiêu chí còn thiếu", &[Support]),
            ("vận động Nhân dân hiến đất, góp công làm đường giao thông nông thôn", &[Mobilize]),
            ("xây dựng kế hoạch phân bổ vốn cho các xã phấn đấu đạt chuẩn", &[Advise]),
        ],
    },
    Topic {
        id: "bau-cu",
        years: (2010, 2021),
        months: 0,
        party: true,
        state: true,
        sector: NOI_VU,
        urgent: false,
        cores: &[
            "lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa {QH} và bầu cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ {NK}",
            "tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa {QH} và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ {NK}",
        ],
        bcd: "bầu cử",
        purpose: &["để cuộc bầu cử thực sự là ngày hội của toàn dân"],
        background: &[
            "Cuộc bầu cử đại biểu Quốc hội khóa {QH} và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ {NK} là sự kiện chính trị quan trọng của đất nước.",
            "Công tác chuẩn bị bầu cử {DIA} cơ bản bảo đảm tiến độ; tuy nhiên, việc rà soát danh sách cử tri ở một số nơi chưa chặt chẽ.",
        ],
        objects: &[
            "công tác chuẩn bị bầu cử",
            "các quy định của pháp luật về bầu cử",
            "công tác hiệp thương, giới thiệu người ứng cử",
        ],
        specials: &[
            ("vận động cử tri đi bầu cử đầy đủ, đúng quy định", &[Mobilize]),
            ("kiểm tra, giám sát việc chuẩn bị nhân sự người ứng cử", &[Inspect]),
            ("bảo đảm kinh phí, cơ sở vật chất, trang thiết bị phục vụ bầu cử", &[Procure]),
            ("tham mưu dự kiến cơ cấu, thành phần, số lượng người ứng cử", &[Advise]),
        ],
    },
    Topic {
        id: "dai-hoi",
        years: (2009, 2025),
        months: 0,
        party: true,
        state: false,
        sector: NOI_VU,
        urgent: false,
        cores: &[
            "lãnh đạo đại hội đảng bộ các cấp nhiệm kỳ {C} - {C5} tiến tới Đại hội đại biểu toàn quốc lần thứ {DH} của Đảng",
            "chuẩn bị nhân sự cấp ủy nhiệm kỳ {C} - {C5}",
        ],
        bcd: "đại hội đảng bộ",
        purpose: &["để đại hội đảng bộ các cấp diễn ra thành công tốt đẹp"],
        background: &[
            "Đại hội đảng bộ các cấp nhiệm kỳ {C} - {C5} là sự kiện chính trị quan trọng, có ý nghĩa to lớn đối với sự phát triển của địa phương.",
            "Việc chuẩn bị văn kiện, nhân sự ở một số tổ chức cơ sở đảng còn chậm so với yêu cầu.",
        ],
        objects: &[
            "công tác chuẩn bị đại hội",
            "công tác nhân sự cấp ủy",
            "các văn kiện đại hội",
        ],
        specials: &[
            ("kiểm tra, giám sát công tác chuẩn bị nhân sự", &[Inspect]),
            ("tham mưu xây dựng đề án nhân sự cấp ủy nhiệm kỳ mới", &[Advise]),
            ("tuyên truyền sâu rộng về đại hội đảng bộ các cấp", &[Disseminate]),
        ],
    },
    Topic {
        id: "an-toan-giao-thong",
        years: (2005, 2025),
        months: 0,
        party: true,
        state: true,
        sector: GIAO_THONG,
        urgent: false,
        cores: &[
            "bảo đảm trật tự, an toàn giao thông dịp lễ, Tết năm {Y}",
            "tăng cường các giải pháp kiềm chế tai nạn giao thông",
        ],
        bcd: "an toàn giao thông",
        purpose: &["để kiềm chế, kéo giảm tai nạn giao thông trên cả ba tiêu chí"],
        background: &[
            "Tình hình tai nạn giao thông {DIA} vẫn diễn biến phức tạp; tình trạng điều khiển phương tiện khi có nồng độ cồn, chở quá tải trọng còn xảy ra.",
            "Nhu cầu đi lại của Nhân dân trong dịp lễ, Tết tăng cao, nguy cơ ùn tắc giao thông tại các đầu mối là rất lớn.",
        ],
        objects: &[
            "công tác bảo đảm trật tự, an toàn giao thông",
            "các quy định về trật tự, an toàn giao thông",
        ],
        specials: &[
            ("tăng cường tuần tra, kiểm soát, xử lý nghiêm các vi phạm về nồng độ cồn, tốc độ", &[Control, Enforce]),
            ("kiểm tra điều kiện an toàn của phương tiện vận tải hành khách", &[Inspect]),
            ("vận động người dân chấp hành nghiêm quy định khi tham gia giao thông", &[Mobilize]),
        ],
    },
    Topic {
        id: "tuyen-quan",
        years: (2005, 2025),
        months: months(&[9, 10, 11, 12, 1, 2]),
        party: true,
        state: true,
        sector: LAO_DONG,
        urgent: false,
        cores: &[
            "tuyển chọn và gọi công dân nhập ngũ năm {TY}",
            "tổ chức giao nhận quân năm {TY}",
        ],
        bcd: "nghĩa vụ quân sự",
        purpose: &["để hoàn thành 100% chỉ tiêu giao quân, bảo đảm chất lượng"],
        background: &[
            "Công tác tuyển chọn và gọi công dân nhập ngũ là nhiệm vụ chính trị quan trọng, thường xuyên của các cấp ủy, chính quyền.",
            "Năm qua, các địa phương {DIA} đã hoàn thành chỉ tiêu giao quân; chất lượng tân binh từng bước được nâng lên.",
        ],
        objects: &[
            "công tác tuyển chọn và gọi công dân nhập ngũ",
            "công tác khám sức khỏe nghĩa vụ quân sự",
            "các quy định về nghĩa vụ quân sự",
        ],
        specials: &[
            ("tuyên truyền sâu rộng các quy định về nghĩa vụ quân sự đến từng gia đình", &[Disseminate]),
            ("thăm hỏi, tặng quà, động viên tân binh lên đường nhập ngũ", &[Support, Mobilize]),
            ("xử lý nghiêm các trường hợp trốn tránh nghĩa vụ quân sự", &[Enforce]),
            ("hỗ trợ việc làm cho quân nhân xuất ngũ", &[Support]),
        ],
    },
    Topic {
        id: "ma-tuy",
        years: (2005, 2025),
        months: 0,
        party: true,
        state: true,
        sector: CONG_AN,
        urgent: false,
        cores: &[
            "tăng cường công tác phòng, chống ma túy trong tình hình mới",
            "đấu tranh phòng, chống tội phạm và tệ nạn ma túy",
        ],
        bcd: "phòng, chống tội phạm và tệ nạn ma túy",
        purpose: &["để kiềm chế, làm giảm tội phạm và tệ nạn ma túy"],
        background: &[
            "Tình hình tội phạm và tệ nạn ma túy {DIA} diễn biến phức tạp, xuất hiện nhiều loại ma túy tổng hợp mới; số người nghiện có xu hướng trẻ hóa.",
        ],
        objects: &[
            "công tác phòng, chống ma túy",
            "công tác cai nghiện và quản lý sau cai nghiện",
        ],
        specials: &[
            ("kiểm soát chặt chẽ các cơ sở kinh doanh dịch vụ có điều kiện về an ninh, trật tự", &[Control]),
            ("xử lý nghiêm các đối tượng mua bán, tàng trữ trái phép chất ma túy", &[Enforce]),
            ("hỗ trợ người sau cai nghiện tái hòa nhập cộng đồng", &[Support]),
            ("vận động gia đình, dòng họ không để con em sa vào tệ nạn ma túy", &[Mobilize]),
        ],
    },
    Topic {
        id: "giam-ngheo",
        years: (2005, 2025),
        months: 0,
        party: true,
        state: true,
        sector: LAO_DONG,
        urgent: false,
        cores: &["đẩy mạnh công tác giảm nghèo bền vững năm {Y}", "giảm nghèo bền vững ở vùng đồng bào dân tộc thiểu số"],
        bcd: "giảm nghèo bền vững",
        purpose: &["để không ai bị bỏ lại phía sau"],
        background: &[
            "Tỷ lệ hộ nghèo {DIA} giảm nhanh qua các năm; đời sống của người dân vùng đồng bào dân tộc thiểu số từng bước được cải thiện.",
            "Tuy nhiên, kết quả giảm nghèo chưa thật sự bền vững, nguy cơ tái nghèo còn cao.",
        ],
        objects: &["công tác giảm nghèo bền vững", "các chính sách giảm nghèo"],
        specials: &[
            ("hỗ trợ sinh kế, tạo việc làm cho người nghèo", &[Support]),
            ("huy động doanh nghiệp, nhà hảo tâm giúp đỡ hộ nghèo xây dựng nhà ở", &[Mobilize, Support]),
            ("rà soát, đề xuất bổ sung chính sách hỗ trợ hộ cận nghèo", &[Advise, Support]),
            ("khơi dậy ý chí tự lực vươn lên thoát nghèo của người dân", &[Mobilize]),
        ],
    },
    Topic {
        id: "han-man",
        years: (2005, 2025),
        months: months(&[12, 1, 2, 3, 4, 5]),
        party: true,
        state: true,
        sector: NONG_NGHIEP,
        urgent: true,
        cores: &[
            "phòng, chống hạn hán, thiếu nước, xâm nhập mặn mùa khô năm {MK}",
            "chủ động ứng phó với nắng nóng, hạn hán, thiếu nước sinh hoạt",
        ],
        bcd: "phòng, chống hạn hán, xâm nhập mặn",
        purpose: &["để bảo đảm nước sinh hoạt cho Nhân dân và giảm thiểu thiệt hại cho sản xuất"],
        background: &[
            "Theo dự báo, mùa khô năm nay xâm nhập mặn có khả năng ở mức cao hơn trung bình nhiều năm; nguy cơ thiếu nước sinh hoạt, ảnh hưởng đến sản xuất nông nghiệp là rất lớn.",
        ],
        objects: &["công tác phòng, chống hạn hán, xâm nhập mặn", "các giải pháp trữ nước ngọt"],
        specials: &[
            ("theo dõi chặt chẽ diễn biến độ mặn tại các trạm quan trắc", &[Inspect]),
            ("hỗ trợ nước sinh hoạt cho các hộ dân bị thiếu nước", &[Support]),
            ("vận động Nhân dân nạo vét kênh mương, sử dụng nước tiết kiệm", &[Mobilize]),
            ("xây dựng phương án bảo đảm nước sinh hoạt cho người dân vùng ven biển", &[Advise]),
        ],
    },
    Topic {
        id: "dau-tu-cong",
        years: (2015, 2025),
        months: 0,
        party: true,
        state: true,
        sector: KE_HOACH,
        urgent: false,
        cores: &[
            "đẩy mạnh giải ngân vốn đầu tư công năm {Y}",
            "tháo gỡ khó khăn, đẩy nhanh tiến độ các dự án đầu tư công",
        ],
        bcd: "giải ngân vốn đầu tư công",
        purpose: &["để hoàn thành kế hoạch giải ngân vốn đầu tư công được giao"],
        background: &[
            "Đến nay, tỷ lệ giải ngân kế hoạch vốn đầu tư công năm {Y} {DIA} còn thấp so với yêu cầu; nhiều chủ đầu tư còn chậm hoàn thiện thủ tục.",
            "Công tác bồi thường, giải phóng mặt bằng một số dự án trọng điểm còn vướng mắc kéo dài.",
        ],
        objects: &["kế hoạch giải ngân vốn đầu tư công", "công tác bồi thường, giải phóng mặt bằng"],
        specials: &[
            ("tháo gỡ khó khăn, vướng mắc cho các dự án chậm giải ngân", &[Support]),
            ("xử lý nghiêm các tổ chức, cá nhân cố tình gây khó khăn, cản trở việc giải ngân", &[Enforce]),
            ("đề xuất điều chuyển vốn từ các dự án chậm giải ngân sang các dự án có khả năng giải ngân tốt", &[Advise]),
            ("vận động Nhân dân bàn giao mặt bằng cho các dự án trọng điểm", &[Mobilize]),
        ],
    },
    Topic {
        id: "ngan-sach",
        years: (2005, 2025),
        months: 0,
        party: true,
        state: true,
        sector: TAI_CHINH,
        urgent: false,
        cores: &[
            "tăng cường công tác thu ngân sách nhà nước năm {Y}",
            "thực hành tiết kiệm, chống lãng phí năm {Y}",
        ],
        bcd: "chống thất thu ngân sách",
        purpose: &["để hoàn thành dự toán thu ngân sách nhà nước được giao"],
        background: &[
            "Số thu ngân sách nhà nước {DIA} những tháng đầu năm đạt thấp so với dự toán; một số khoản thu lớn giảm mạnh.",
        ],
        objects: &["công tác thu ngân sách nhà nước", "các biện pháp chống thất thu ngân sách"],
        specials: &[
            ("tăng cường thanh tra, kiểm tra thuế, chống thất thu ngân sách", &[Inspect]),
            ("xử lý nghiêm các trường hợp nợ đọng thuế kéo dài", &[Enforce]),
            ("tháo gỡ khó khăn cho doanh nghiệp phục hồi sản xuất, kinh doanh", &[Support]),
            ("đề xuất các giải pháp tăng thu, tiết kiệm chi ngân sách", &[Advise]),
        ],
    },
    Topic {
        id: "lam-theo-bac",
        years: (2016, 2025),
        months: 0,
        party: true,
        state: false,
        sector: NOI_VU,
        urgent: false,
        cores: &["đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm {Y}"],
        bcd: "thực hiện Chỉ thị 05",
        purpose: &["để việc làm theo gương Bác trở thành việc làm tự giác, thường xuyên"],
        background: &[
            "Việc làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh đã trở thành việc làm thường xuyên của các cấp ủy, tổ chức đảng.",
        ],
        objects: &[
            "việc làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            "các mô hình làm theo gương Bác",
        ],
        specials: &[
            ("tổ chức học tập chuyên đề năm {Y} đến toàn thể cán bộ, đảng viên", &[Disseminate]),
            ("biểu dương, nhân rộng các điển hình tiên tiến trong làm theo gương Bác", &[Commend]),
            ("kiểm tra, giám sát việc nêu gương của cán bộ, đảng viên", &[Inspect]),
        ],
    },
    Topic {
        id: "ky-niem-dang",
        years: (2005, 2025),
        months: months(&[12, 1, 2]),
        party: true,
        state: false,
        sector: VAN_HOA_IDX,
        urgent: false,
        cores: &["tổ chức các hoạt động kỷ niệm {N} năm Ngày thành lập Đảng Cộng sản Việt Nam"],
        bcd: "các ngày lễ lớn",
        purpose: &["để giáo dục truyền thống cách mạng cho cán bộ, đảng viên và Nhân dân"],
        background: &["Năm {TY} là năm có nhiều sự kiện chính trị quan trọng của đất nước và của địa phương."],
        objects: &["các hoạt động kỷ niệm", "công tác tổ chức kỷ niệm"],
        specials: &[
            ("tuyên truyền sâu rộng truyền thống vẻ vang của Đảng", &[Disseminate]),
            ("thăm hỏi, tặng quà các đảng viên lão thành, gia đình chính sách", &[Support]),
            ("khen thưởng các tổ chức cơ sở đảng trong sạch, vững mạnh tiêu biểu", &[Commend]),
            ("phát động đợt thi đua chào mừng kỷ niệm", &[Mobilize]),
        ],
    },
    Topic {
        id: "moi-truong",
        years: (2005, 2025),
        months: 0,
        party: true,
        state: true,
        sector: MOI_TRUONG,
        urgent: false,
        cores: &["tăng cường công tác bảo vệ môi trường {DIA}", "phòng, chống ô nhiễm môi trường tại các khu dân cư"],
        bcd: "bảo vệ môi trường",
        purpose: &["để giữ gìn môi trường sống xanh, sạch, đẹp"],
        background: &[
            "Tình trạng ô nhiễm môi trường tại các khu công nghiệp, làng nghề và khu dân cư tập trung chưa được khắc phục triệt để.",
            "Việc thu gom, xử lý chất thải rắn sinh hoạt ở nhiều nơi còn bất cập.",
        ],
        objects: &["công tác bảo vệ môi trường", "công tác thu gom, xử lý chất thải rắn sinh hoạt"],
        specials: &[
            ("kiểm tra, xử lý nghiêm các cơ sở gây ô nhiễm môi trường", &[Inspect, Enforce]),
            ("vận động Nhân dân phân loại rác thải tại nguồn, hạn chế sử dụng túi ni lông", &[Mobilize]),
            ("đầu tư, mua sắm phương tiện thu gom rác thải", &[Procure]),
        ],
    },
    Topic {
        id: "pccc",
        years: (2005, 2025),
        months: 0,
        party: true,
        state: true,
        sector: CONG_AN,
        urgent: false,
        cores: &[
            "tăng cường công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ",
            "bảo đảm an toàn phòng cháy, chữa cháy tại các khu dân cư, cơ sở kinh doanh",
        ],
        bcd: "phòng cháy, chữa cháy",
        purpose: &["để phòng ngừa, hạn chế thấp nhất các vụ cháy, nổ gây thiệt hại về người và tài sản"],
        background: &[
            "Thời gian gần đây, số vụ cháy tại nhà ở kết hợp kinh doanh, cơ sở karaoke, nhà trọ có xu hướng tăng, gây thiệt hại lớn về người và tài sản.",
            "Việc đầu tư phương tiện chữa cháy tại chỗ ở nhiều cơ sở chưa đáp ứng yêu cầu.",
        ],
        objects: &["công tác phòng cháy, chữa cháy", "các quy định về phòng cháy, chữa cháy"],
        specials: &[
            ("kiểm tra an toàn phòng cháy, chữa cháy tại các cơ sở có nguy cơ cháy, nổ cao", &[Inspect]),
            ("xử lý nghiêm, đình chỉ hoạt động các cơ sở không bảo đảm điều kiện an toàn", &[Enforce]),
            ("mua sắm bổ sung phương tiện, trang thiết bị chữa cháy", &[Procure]),
            ("vận động Nhân dân xây dựng mô hình tổ liên gia an toàn phòng cháy, chữa cháy", &[Mobilize]),
        ],
    },
    Topic {
        id: "dich-benh-dong-vat",
        years: (2005, 2025),
        months: 0,
        party: true,
        state: true,
        sector: NONG_NGHIEP,
        urgent: true,
        cores: &[
            "tăng cường công tác phòng, chống dịch bệnh trên đàn gia súc, gia cầm",
            "phòng, chống bệnh dịch tả lợn châu Phi",
        ],
        bcd: "phòng, chống dịch bệnh động vật",
        purpose: &["để bảo vệ đàn vật nuôi, ổn định sản xuất chăn nuôi"],
        background: &[
            "Tình hình dịch bệnh trên đàn gia súc, gia cầm diễn biến phức tạp, nguy cơ lây lan ra diện rộng rất cao.",
            "Một số hộ chăn nuôi còn chủ quan, chưa thực hiện nghiêm các biện pháp an toàn sinh học.",
        ],
        objects: &["công tác phòng, chống dịch bệnh động vật", "các biện pháp chăn nuôi an toàn sinh học"],
        specials: &[
            ("khoanh vùng, tiêu hủy kịp thời gia súc mắc bệnh", &[Control]),
            ("kiểm soát chặt chẽ việc vận chuyển, giết mổ gia súc, gia cầm", &[Control]),
            ("dự trữ đủ vắc xin, hóa chất khử trùng", &[Procure]),
            ("hỗ trợ kịp thời các hộ chăn nuôi có gia súc bị tiêu hủy", &[Support]),
        ],
    },
    Topic {
        id: "nam-hoc",
        years: (2005, 2025),
        months: months(&[6, 7, 8, 9]),
        party: true,
        state: true,
        sector: GIAO_DUC,
        urgent: false,
        cores: &["chuẩn bị và tổ chức khai giảng năm học {NH}", "thực hiện nhiệm vụ năm học {NH}"],
        bcd: "phổ cập giáo dục",
        purpose: &["để năm học mới bắt đầu đúng kế hoạch, an toàn"],
        background: &[
            "Năm học vừa qua, ngành giáo dục {DIA} đã hoàn thành tốt các nhiệm vụ; chất lượng giáo dục toàn diện từng bước được nâng lên.",
            "Tình trạng thiếu giáo viên, thiếu phòng học ở một số địa phương chưa được khắc phục.",
        ],
        objects: &["công tác chuẩn bị năm học mới", "các nhiệm vụ trọng tâm của năm học"],
        specials: &[
            ("bảo đảm đủ sách giáo khoa, trang thiết bị dạy học", &[Procure]),
            ("hỗ trợ học sinh có hoàn cảnh khó khăn đến trường", &[Support]),
            ("vận động học sinh bỏ học trở lại lớp", &[Mobilize]),
            ("kiểm tra cơ sở vật chất trường lớp trước ngày khai giảng", &[Inspect]),
        ],
    },
    Topic {
        id: "tiep-cong-dan",
        years: (2005, 2025),
        months: 0,
        party: true,
        state: true,
        sector: NOI_VU,
        urgent: false,
        cores: &[
            "tăng cường công tác tiếp công dân, giải quyết khiếu nại, tố cáo",
            "giải quyết dứt điểm các vụ việc khiếu nại phức tạp, kéo dài",
        ],
        bcd: "giải quyết khiếu nại, tố cáo",
        purpose: &["để giữ vững an ninh chính trị, trật tự an toàn xã hội"],
        background: &[
            "Tình hình khiếu nại, tố cáo {DIA} còn diễn biến phức tạp, nhất là trong lĩnh vực đất đai, bồi thường, giải phóng mặt bằng.",
        ],
        objects: &[
            "công tác tiếp công dân, giải quyết khiếu nại, tố cáo",
            "các vụ việc khiếu nại đông người",
        ],
        specials: &[
            ("kiểm tra, rà soát các vụ việc khiếu nại tồn đọng", &[Inspect]),
            ("xử lý nghiêm các trường hợp lợi dụng khiếu nại để gây rối", &[Enforce]),
            ("tham mưu giải quyết các vụ việc phức tạp, kéo dài", &[Advise]),
        ],
    },
    Topic {
        id: "kiem-tra-dang",
        years: (2005, 2025),
        months: 0,
        party: true,
        state: false,
        sector: NOI_VU,
        urgent: false,
        cores: &[
            "thực hiện chương trình kiểm tra, giám sát năm {Y}",
            "tăng cường công tác kiểm tra, giám sát và thi hành kỷ luật trong Đảng",
        ],
        bcd: "công tác kiểm tra",
        purpose: &["để nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức đảng"],
        background: &[
            "Công tác kiểm tra, giám sát của các cấp ủy, tổ chức đảng thời gian qua được quan tâm; nhiều vi phạm được phát hiện và xử lý kịp thời.",
        ],
        objects: &["các nhiệm vụ trọng tâm năm {Y}", "việc thực hiện nguyên tắc tập trung dân chủ"],
        specials: &[
            ("kiểm tra tổ chức đảng cấp dưới khi có dấu hiệu vi phạm", &[Inspect]),
            ("giám sát chuyên đề đối với các đồng chí cấp ủy viên", &[Inspect]),
            ("thi hành kỷ luật nghiêm minh đối với đảng viên vi phạm", &[Enforce]),
            ("chấn chỉnh kịp thời những hạn chế, khuyết điểm", &[Enforce]),
        ],
    },
];

const VAN_HOA_IDX: usize = crate::bodies::VAN_HOA;
