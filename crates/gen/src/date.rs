//! Calendar dates as day numbers (days since 1970-01-01), proleptic Gregorian.

/// Day number of a civil date (Howard Hinnant's `days_from_civil`).
pub(crate) fn from_ymd(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = (y - era * 400) as u32;
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe as i32 - 719_468
}

/// Civil date of a day number.
pub(crate) fn ymd(day: i32) -> (i32, u32, u32) {
    let z = day + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = (z - era * 146_097) as u32;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe as i32 + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

pub(crate) fn year(day: i32) -> i32 {
    ymd(day).0
}

pub(crate) fn month(day: i32) -> u32 {
    ymd(day).1
}

pub(crate) fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ => {
            if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 {
                29
            } else {
                28
            }
        }
    }
}

/// 0 = Monday … 6 = Sunday.
pub(crate) fn weekday(day: i32) -> u32 {
    // 1970-01-01 was a Thursday (3).
    (day + 3).rem_euclid(7) as u32
}

/// `YYYY-MM-DD`.
pub(crate) fn iso(day: i32) -> String {
    let (y, m, d) = ymd(day);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_knows_weekdays() {
        for day in [-1000, 0, 12_000, 18_000, 20_000, 20_500] {
            let (y, m, d) = ymd(day);
            assert_eq!(from_ymd(y, m, d), day);
        }
        assert_eq!(iso(from_ymd(2021, 5, 21)), "2021-05-21");
        assert_eq!(weekday(from_ymd(2024, 2, 2)), 4, "2 Feb 2024 was a Friday");
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2023, 2), 28);
    }
}
