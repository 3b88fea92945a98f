//! The 63 provinces and centrally run cities in force before 1/7/2025, a few real
//! districts of each (huyện, thị xã, thành phố thuộc tỉnh, quận), and a pool of common
//! commune names.

/// One province or centrally run city.
pub(crate) struct Province {
    /// As used for `jurisdiction`.
    pub name: &'static str,
    /// A centrally run city (Thành phố, Thành ủy) rather than a province.
    pub city: bool,
    /// The town used as place of issue besides the province's own name ("" if none).
    pub capital: &'static str,
    /// Districts, each `kind:name` with kind `h` (huyện), `tx` (thị xã), `tp` (thành phố
    /// thuộc tỉnh) or `q` (quận).
    pub districts: &'static [&'static str],
}

macro_rules! p {
    ($name:expr, $city:expr, $cap:expr, [$($d:expr),* $(,)?]) => {
        Province { name: $name, city: $city, capital: $cap, districts: &[$($d),*] }
    };
}

pub(crate) const PROVINCES: [Province; 63] = [
    p!(
        "An Giang",
        false,
        "Long Xuyên",
        [
            "tp:Châu Đốc",
            "h:An Phú",
            "h:Châu Phú",
            "h:Thoại Sơn",
            "tx:Tân Châu"
        ]
    ),
    p!(
        "Bà Rịa - Vũng Tàu",
        false,
        "Bà Rịa",
        [
            "tp:Vũng Tàu",
            "h:Châu Đức",
            "h:Xuyên Mộc",
            "h:Long Điền",
            "h:Côn Đảo"
        ]
    ),
    p!(
        "Bắc Giang",
        false,
        "",
        [
            "h:Lục Ngạn",
            "h:Yên Thế",
            "h:Lạng Giang",
            "h:Hiệp Hòa",
            "h:Tân Yên"
        ]
    ),
    p!(
        "Bắc Kạn",
        false,
        "",
        ["h:Ba Bể", "h:Chợ Đồn", "h:Na Rì", "h:Pác Nặm", "h:Ngân Sơn"]
    ),
    p!(
        "Bạc Liêu",
        false,
        "",
        [
            "h:Hồng Dân",
            "h:Phước Long",
            "h:Vĩnh Lợi",
            "tx:Giá Rai",
            "h:Đông Hải"
        ]
    ),
    p!(
        "Bắc Ninh",
        false,
        "",
        [
            "h:Tiên Du",
            "h:Quế Võ",
            "h:Gia Bình",
            "h:Lương Tài",
            "h:Yên Phong"
        ]
    ),
    p!(
        "Bến Tre",
        false,
        "",
        [
            "h:Ba Tri",
            "h:Giồng Trôm",
            "h:Mỏ Cày Nam",
            "h:Thạnh Phú",
            "h:Chợ Lách"
        ]
    ),
    p!(
        "Bình Định",
        false,
        "Quy Nhơn",
        [
            "tx:An Nhơn",
            "h:Phù Cát",
            "h:Tây Sơn",
            "h:Hoài Ân",
            "h:Vĩnh Thạnh"
        ]
    ),
    p!(
        "Bình Dương",
        false,
        "Thủ Dầu Một",
        ["h:Bắc Tân Uyên", "h:Dầu Tiếng", "h:Phú Giáo", "h:Bàu Bàng"]
    ),
    p!(
        "Bình Phước",
        false,
        "Đồng Xoài",
        [
            "h:Bù Đăng",
            "h:Bù Đốp",
            "h:Lộc Ninh",
            "h:Hớn Quản",
            "h:Đồng Phú"
        ]
    ),
    p!(
        "Bình Thuận",
        false,
        "Phan Thiết",
        [
            "h:Hàm Thuận Bắc",
            "h:Bắc Bình",
            "h:Tuy Phong",
            "h:Đức Linh",
            "tx:La Gi"
        ]
    ),
    p!(
        "Cà Mau",
        false,
        "",
        [
            "h:U Minh",
            "h:Trần Văn Thời",
            "h:Ngọc Hiển",
            "h:Năm Căn",
            "h:Đầm Dơi"
        ]
    ),
    p!(
        "Cần Thơ",
        true,
        "",
        [
            "q:Ninh Kiều",
            "q:Bình Thủy",
            "q:Ô Môn",
            "h:Phong Điền",
            "h:Cờ Đỏ",
            "h:Vĩnh Thạnh"
        ]
    ),
    p!(
        "Cao Bằng",
        false,
        "",
        [
            "h:Trùng Khánh",
            "h:Bảo Lạc",
            "h:Hà Quảng",
            "h:Nguyên Bình",
            "h:Thạch An"
        ]
    ),
    p!(
        "Đà Nẵng",
        true,
        "",
        [
            "q:Hải Châu",
            "q:Thanh Khê",
            "q:Sơn Trà",
            "q:Liên Chiểu",
            "h:Hòa Vang"
        ]
    ),
    p!(
        "Đắk Lắk",
        false,
        "Buôn Ma Thuột",
        [
            "h:Krông Bông",
            "h:Krông Pắc",
            "h:Krông Năng",
            "h:Lắk",
            "tx:Buôn Hồ"
        ]
    ),
    p!(
        "Đắk Nông",
        false,
        "Gia Nghĩa",
        [
            "h:Đắk Mil",
            "h:Đắk Song",
            "h:Krông Nô",
            "h:Tuy Đức",
            "h:Cư Jút"
        ]
    ),
    p!(
        "Điện Biên",
        false,
        "Điện Biên Phủ",
        [
            "h:Mường Chà",
            "h:Tuần Giáo",
            "h:Điện Biên Đông",
            "h:Mường Nhé",
            "h:Tủa Chùa"
        ]
    ),
    p!(
        "Đồng Nai",
        false,
        "Biên Hòa",
        [
            "h:Định Quán",
            "h:Tân Phú",
            "h:Xuân Lộc",
            "h:Nhơn Trạch",
            "h:Vĩnh Cửu"
        ]
    ),
    p!(
        "Đồng Tháp",
        false,
        "Cao Lãnh",
        [
            "h:Tháp Mười",
            "h:Tam Nông",
            "h:Lấp Vò",
            "h:Châu Thành",
            "tp:Sa Đéc"
        ]
    ),
    p!(
        "Gia Lai",
        false,
        "Pleiku",
        [
            "h:Chư Sê",
            "h:Đức Cơ",
            "h:Kbang",
            "h:Chư Prông",
            "tx:An Khê"
        ]
    ),
    p!(
        "Hà Giang",
        false,
        "",
        [
            "h:Đồng Văn",
            "h:Mèo Vạc",
            "h:Yên Minh",
            "h:Bắc Quang",
            "h:Hoàng Su Phì"
        ]
    ),
    p!(
        "Hà Nam",
        false,
        "Phủ Lý",
        ["h:Kim Bảng", "h:Thanh Liêm", "h:Bình Lục", "h:Lý Nhân"]
    ),
    p!(
        "Hà Nội",
        true,
        "",
        [
            "q:Ba Đình",
            "q:Hoàn Kiếm",
            "q:Đống Đa",
            "h:Sóc Sơn",
            "h:Ba Vì",
            "h:Mỹ Đức",
            "tx:Sơn Tây"
        ]
    ),
    p!(
        "Hà Tĩnh",
        false,
        "",
        [
            "h:Hương Khê",
            "h:Hương Sơn",
            "h:Kỳ Anh",
            "h:Can Lộc",
            "h:Cẩm Xuyên",
            "tx:Hồng Lĩnh"
        ]
    ),
    p!(
        "Hải Dương",
        false,
        "",
        [
            "h:Nam Sách",
            "h:Thanh Hà",
            "h:Gia Lộc",
            "h:Tứ Kỳ",
            "h:Ninh Giang"
        ]
    ),
    p!(
        "Hải Phòng",
        true,
        "",
        [
            "q:Hồng Bàng",
            "q:Lê Chân",
            "h:Tiên Lãng",
            "h:Vĩnh Bảo",
            "h:Cát Hải"
        ]
    ),
    p!(
        "Hậu Giang",
        false,
        "Vị Thanh",
        ["h:Phụng Hiệp", "h:Long Mỹ", "h:Châu Thành A", "tp:Ngã Bảy"]
    ),
    p!(
        "Hồ Chí Minh",
        true,
        "",
        [
            "q:Bình Thạnh",
            "q:Gò Vấp",
            "q:Tân Bình",
            "h:Củ Chi",
            "h:Cần Giờ",
            "h:Hóc Môn"
        ]
    ),
    p!(
        "Hòa Bình",
        false,
        "",
        [
            "h:Mai Châu",
            "h:Lạc Sơn",
            "h:Kim Bôi",
            "h:Tân Lạc",
            "h:Đà Bắc"
        ]
    ),
    p!(
        "Hưng Yên",
        false,
        "",
        [
            "h:Văn Lâm",
            "h:Khoái Châu",
            "h:Ân Thi",
            "h:Tiên Lữ",
            "tx:Mỹ Hào"
        ]
    ),
    p!(
        "Khánh Hòa",
        false,
        "Nha Trang",
        [
            "h:Vạn Ninh",
            "h:Diên Khánh",
            "h:Khánh Vĩnh",
            "tx:Ninh Hòa",
            "tp:Cam Ranh"
        ]
    ),
    p!(
        "Kiên Giang",
        false,
        "Rạch Giá",
        [
            "h:Kiên Lương",
            "h:Hòn Đất",
            "h:An Minh",
            "h:U Minh Thượng",
            "h:Giồng Riềng"
        ]
    ),
    p!(
        "Kon Tum",
        false,
        "",
        [
            "h:Đắk Hà",
            "h:Sa Thầy",
            "h:Ngọc Hồi",
            "h:Kon Plông",
            "h:Đắk Glei"
        ]
    ),
    p!(
        "Lai Châu",
        false,
        "",
        [
            "h:Sìn Hồ",
            "h:Phong Thổ",
            "h:Tam Đường",
            "h:Mường Tè",
            "h:Than Uyên"
        ]
    ),
    p!(
        "Lâm Đồng",
        false,
        "Đà Lạt",
        [
            "h:Di Linh",
            "h:Bảo Lâm",
            "h:Lâm Hà",
            "h:Đơn Dương",
            "h:Đạ Huoai"
        ]
    ),
    p!(
        "Lạng Sơn",
        false,
        "",
        [
            "h:Cao Lộc",
            "h:Hữu Lũng",
            "h:Bắc Sơn",
            "h:Tràng Định",
            "h:Lộc Bình"
        ]
    ),
    p!(
        "Lào Cai",
        false,
        "",
        [
            "h:Bát Xát",
            "h:Bảo Thắng",
            "h:Bắc Hà",
            "h:Mường Khương",
            "h:Văn Bàn"
        ]
    ),
    p!(
        "Long An",
        false,
        "Tân An",
        [
            "h:Đức Hòa",
            "h:Cần Giuộc",
            "h:Thạnh Hóa",
            "h:Mộc Hóa",
            "h:Tân Hưng"
        ]
    ),
    p!(
        "Nam Định",
        false,
        "",
        [
            "h:Hải Hậu",
            "h:Giao Thủy",
            "h:Nghĩa Hưng",
            "h:Xuân Trường",
            "h:Ý Yên"
        ]
    ),
    p!(
        "Nghệ An",
        false,
        "Vinh",
        [
            "h:Nam Đàn",
            "h:Diễn Châu",
            "h:Quỳnh Lưu",
            "h:Con Cuông",
            "h:Tương Dương",
            "tx:Cửa Lò"
        ]
    ),
    p!(
        "Ninh Bình",
        false,
        "",
        [
            "h:Gia Viễn",
            "h:Nho Quan",
            "h:Kim Sơn",
            "h:Yên Mô",
            "h:Yên Khánh"
        ]
    ),
    p!(
        "Ninh Thuận",
        false,
        "Phan Rang - Tháp Chàm",
        [
            "h:Ninh Phước",
            "h:Ninh Hải",
            "h:Bác Ái",
            "h:Thuận Bắc",
            "h:Ninh Sơn"
        ]
    ),
    p!(
        "Phú Thọ",
        false,
        "Việt Trì",
        [
            "h:Thanh Sơn",
            "h:Tân Sơn",
            "h:Cẩm Khê",
            "h:Đoan Hùng",
            "tx:Phú Thọ"
        ]
    ),
    p!(
        "Phú Yên",
        false,
        "Tuy Hòa",
        [
            "h:Đồng Xuân",
            "h:Sơn Hòa",
            "h:Tuy An",
            "h:Sông Hinh",
            "tx:Sông Cầu"
        ]
    ),
    p!(
        "Quảng Bình",
        false,
        "Đồng Hới",
        [
            "h:Lệ Thủy",
            "h:Quảng Ninh",
            "h:Bố Trạch",
            "h:Minh Hóa",
            "h:Tuyên Hóa"
        ]
    ),
    p!(
        "Quảng Nam",
        false,
        "Tam Kỳ",
        [
            "h:Đại Lộc",
            "h:Duy Xuyên",
            "h:Thăng Bình",
            "h:Nam Trà My",
            "tx:Điện Bàn"
        ]
    ),
    p!(
        "Quảng Ngãi",
        false,
        "",
        [
            "h:Bình Sơn",
            "h:Sơn Tịnh",
            "h:Tư Nghĩa",
            "h:Ba Tơ",
            "h:Lý Sơn"
        ]
    ),
    p!(
        "Quảng Ninh",
        false,
        "Hạ Long",
        [
            "h:Vân Đồn",
            "h:Tiên Yên",
            "h:Hải Hà",
            "h:Cô Tô",
            "tx:Đông Triều"
        ]
    ),
    p!(
        "Quảng Trị",
        false,
        "Đông Hà",
        [
            "h:Hải Lăng",
            "h:Triệu Phong",
            "h:Gio Linh",
            "h:Vĩnh Linh",
            "h:Hướng Hóa"
        ]
    ),
    p!(
        "Sóc Trăng",
        false,
        "",
        [
            "h:Kế Sách",
            "h:Mỹ Tú",
            "h:Long Phú",
            "h:Trần Đề",
            "tx:Vĩnh Châu"
        ]
    ),
    p!(
        "Sơn La",
        false,
        "",
        [
            "h:Mộc Châu",
            "h:Mai Sơn",
            "h:Thuận Châu",
            "h:Sông Mã",
            "h:Bắc Yên"
        ]
    ),
    p!(
        "Tây Ninh",
        false,
        "",
        [
            "h:Tân Biên",
            "h:Tân Châu",
            "h:Châu Thành",
            "h:Dương Minh Châu",
            "h:Gò Dầu"
        ]
    ),
    p!(
        "Thái Bình",
        false,
        "",
        [
            "h:Thái Thụy",
            "h:Tiền Hải",
            "h:Kiến Xương",
            "h:Quỳnh Phụ",
            "h:Hưng Hà"
        ]
    ),
    p!(
        "Thái Nguyên",
        false,
        "",
        [
            "h:Định Hóa",
            "h:Đại Từ",
            "h:Phú Lương",
            "h:Võ Nhai",
            "h:Đồng Hỷ"
        ]
    ),
    p!(
        "Thanh Hóa",
        false,
        "",
        [
            "h:Quảng Xương",
            "h:Thọ Xuân",
            "h:Ngọc Lặc",
            "h:Bá Thước",
            "h:Hậu Lộc",
            "tp:Sầm Sơn"
        ]
    ),
    p!(
        "Thừa Thiên Huế",
        false,
        "",
        [
            "h:Phong Điền",
            "h:Quảng Điền",
            "h:Phú Lộc",
            "h:A Lưới",
            "tx:Hương Thủy"
        ]
    ),
    p!(
        "Tiền Giang",
        false,
        "Mỹ Tho",
        [
            "h:Cái Bè",
            "h:Cai Lậy",
            "h:Gò Công Đông",
            "h:Chợ Gạo",
            "h:Tân Phước"
        ]
    ),
    p!(
        "Trà Vinh",
        false,
        "",
        [
            "h:Càng Long",
            "h:Cầu Kè",
            "h:Tiểu Cần",
            "h:Trà Cú",
            "h:Duyên Hải"
        ]
    ),
    p!(
        "Tuyên Quang",
        false,
        "",
        [
            "h:Na Hang",
            "h:Chiêm Hóa",
            "h:Hàm Yên",
            "h:Yên Sơn",
            "h:Sơn Dương"
        ]
    ),
    p!(
        "Vĩnh Long",
        false,
        "",
        [
            "h:Long Hồ",
            "h:Mang Thít",
            "h:Vũng Liêm",
            "h:Tam Bình",
            "h:Trà Ôn"
        ]
    ),
    p!(
        "Vĩnh Phúc",
        false,
        "Vĩnh Yên",
        [
            "h:Tam Đảo",
            "h:Lập Thạch",
            "h:Sông Lô",
            "h:Yên Lạc",
            "h:Vĩnh Tường"
        ]
    ),
    p!(
        "Yên Bái",
        false,
        "",
        [
            "h:Văn Yên",
            "h:Lục Yên",
            "h:Mù Cang Chải",
            "h:Trạm Tấu",
            "h:Văn Chấn"
        ]
    ),
];

/// The kind of a district-level unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DistrictKind {
    Huyen,
    ThiXa,
    ThanhPho,
    Quan,
}

impl DistrictKind {
    /// The unit word in running text: `huyện`, `thị xã`, `thành phố`, `quận`.
    pub(crate) fn word(self) -> &'static str {
        match self {
            DistrictKind::Huyen => "huyện",
            DistrictKind::ThiXa => "thị xã",
            DistrictKind::ThanhPho => "thành phố",
            DistrictKind::Quan => "quận",
        }
    }

    /// The party committee: `Huyện ủy`, `Thị ủy`, `Thành ủy`, `Quận ủy`.
    pub(crate) fn committee(self) -> &'static str {
        match self {
            DistrictKind::Huyen => "Huyện ủy",
            DistrictKind::ThiXa => "Thị ủy",
            DistrictKind::ThanhPho => "Thành ủy",
            DistrictKind::Quan => "Quận ủy",
        }
    }

    /// The issuer code of the party committee (`HU`, `TXU`, `ThU`, `QU`).
    pub(crate) fn code(self) -> &'static str {
        match self {
            DistrictKind::Huyen => "HU",
            DistrictKind::ThiXa => "TXU",
            DistrictKind::ThanhPho => "ThU",
            DistrictKind::Quan => "QU",
        }
    }

    /// The communes under it, as a plural phrase (`các xã, thị trấn`).
    pub(crate) fn communes(self) -> &'static str {
        match self {
            DistrictKind::Huyen => "các xã, thị trấn",
            DistrictKind::ThiXa => "các xã, phường",
            DistrictKind::ThanhPho => "các phường, xã",
            DistrictKind::Quan => "các phường",
        }
    }

    /// The commune word (`xã`, `phường`).
    pub(crate) fn commune_word(self) -> &'static str {
        match self {
            DistrictKind::Huyen | DistrictKind::ThiXa => "xã",
            DistrictKind::ThanhPho | DistrictKind::Quan => "phường",
        }
    }
}

/// A district of a province: its kind and name.
pub(crate) fn district(p: &Province, i: usize) -> (DistrictKind, &'static str) {
    let s = p.districts[i];
    let (k, name) = s.split_once(':').expect("kind:name");
    let kind = match k {
        "h" => DistrictKind::Huyen,
        "tx" => DistrictKind::ThiXa,
        "tp" => DistrictKind::ThanhPho,
        _ => DistrictKind::Quan,
    };
    (kind, name)
}

/// Common commune (xã, phường) names; a district's communes are drawn from them.
pub(crate) const COMMUNES: [&str; 32] = [
    "Tân Lộc",
    "Hòa Bình",
    "Quảng Phú",
    "Thanh Sơn",
    "Xuân Lâm",
    "Tân Thành",
    "Phú Lợi",
    "Hưng Đạo",
    "Đông Sơn",
    "An Thịnh",
    "Hồng Phong",
    "Vĩnh Hòa",
    "Tân Phú",
    "Phước Hưng",
    "Mỹ Lộc",
    "Thạnh Phú",
    "Bình Minh",
    "Quang Trung",
    "Nghĩa Hòa",
    "Hợp Thành",
    "Trung Hòa",
    "Đại Đồng",
    "Kim Sơn",
    "Lộc An",
    "Tiến Thắng",
    "Yên Lạc",
    "Long Hưng",
    "Phong Thạnh",
    "Cẩm Bình",
    "Hòa Lợi",
    "Minh Khai",
    "Tân An",
];

/// The unit word of a province (`tỉnh` or `thành phố`).
pub(crate) fn unit(p: &Province) -> &'static str {
    if p.city {
        "thành phố"
    } else {
        "tỉnh"
    }
}

/// The provincial party committee (`Tỉnh ủy` or `Thành ủy`).
pub(crate) fn committee(p: &Province) -> &'static str {
    if p.city {
        "Thành ủy"
    } else {
        "Tỉnh ủy"
    }
}

/// The district-level units of a province as a plural phrase.
pub(crate) fn districts_phrase(p: &Province) -> &'static str {
    if p.city {
        "các quận, huyện"
    } else {
        "các huyện, thị xã, thành phố"
    }
}

/// The district party committees of a province as a plural phrase.
pub(crate) fn district_committees(p: &Province) -> &'static str {
    if p.city {
        "quận ủy, huyện ủy, thị ủy"
    } else {
        "huyện ủy, thị ủy, thành ủy"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sixty_three_units_with_districts() {
        assert_eq!(PROVINCES.len(), 63);
        let mut names: Vec<&str> = PROVINCES.iter().map(|p| p.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 63);
        assert_eq!(PROVINCES.iter().filter(|p| p.city).count(), 5);
        for p in &PROVINCES {
            assert!(p.districts.len() >= 4, "{}", p.name);
            for i in 0..p.districts.len() {
                let _ = district(p, i);
            }
        }
    }
}
