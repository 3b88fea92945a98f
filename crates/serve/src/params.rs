//! Query-string parameters, checked: a malformed or out-of-range value is a 400 that
//! names the parameter and says what is expected.

use crate::error::Failure;
use crate::MAX_LIMIT;

/// The parameters of one request, as given (`?a=1&b=2`); empty values count as absent.
pub(crate) struct Params(pub Vec<(String, String)>);

/// The longest text parameter accepted (a search box, an assignee), in bytes.
const MAX_TEXT: usize = 500;

impl Params {
    /// The last value of `name`, trimmed, if not empty. Longer than [`MAX_TEXT`] is a 400.
    pub fn text(&self, name: &str) -> Result<Option<String>, Failure> {
        let v = self
            .0
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty());
        match v {
            Some(v) if v.len() > MAX_TEXT => Err(Failure::BadRequest(format!(
                "parameter {name} is {} bytes long; at most {MAX_TEXT} are accepted",
                v.len()
            ))),
            v => Ok(v.map(str::to_string)),
        }
    }

    /// `page`: 1 (the default) or more.
    pub fn page(&self) -> Result<u32, Failure> {
        match self.text("page")? {
            None => Ok(1),
            Some(v) => match v.parse::<u32>() {
                Ok(n) if (1..=1_000_000).contains(&n) => Ok(n),
                _ => Err(Failure::BadRequest(format!(
                    "parameter page={v:?} must be a whole number from 1 to 1000000"
                ))),
            },
        }
    }

    /// `limit`: results per page, `default` when absent, at most [`MAX_LIMIT`].
    pub fn limit(&self, default: u32) -> Result<u32, Failure> {
        match self.text("limit")? {
            None => Ok(default),
            Some(v) => match v.parse::<u32>() {
                Ok(n) if (1..=MAX_LIMIT).contains(&n) => Ok(n),
                _ => Err(Failure::BadRequest(format!(
                    "parameter limit={v:?} must be a whole number from 1 to {MAX_LIMIT}"
                ))),
            },
        }
    }

    /// A year: four digits.
    pub fn year(&self, name: &str) -> Result<Option<String>, Failure> {
        let v = self.text(name)?;
        match v {
            Some(y) if !(y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit())) => {
                Err(Failure::BadRequest(format!(
                    "parameter {name}={y:?} must be a year (four digits)"
                )))
            }
            v => Ok(v),
        }
    }

    /// An ISO date, `YYYY-MM-DD`.
    pub fn date(&self, name: &str) -> Result<Option<String>, Failure> {
        let v = self.text(name)?;
        match v {
            Some(d) if !is_iso_date(&d) => Err(Failure::BadRequest(format!(
                "parameter {name}={d:?} must be a date as YYYY-MM-DD"
            ))),
            v => Ok(v),
        }
    }

    /// One of `allowed`.
    pub fn choice(&self, name: &str, allowed: &[&str]) -> Result<Option<String>, Failure> {
        let v = self.text(name)?;
        match v {
            Some(x) if !allowed.contains(&x.as_str()) => Err(Failure::BadRequest(format!(
                "parameter {name}={x:?} must be one of {}",
                allowed.join(", ")
            ))),
            v => Ok(v),
        }
    }

    /// A yes/no flag: `1`/`true`/`yes` or `0`/`false`/`no`.
    pub fn flag(&self, name: &str) -> Result<Option<bool>, Failure> {
        match self.text(name)?.as_deref() {
            None => Ok(None),
            Some("1" | "true" | "yes") => Ok(Some(true)),
            Some("0" | "false" | "no") => Ok(Some(false)),
            Some(x) => Err(Failure::BadRequest(format!(
                "parameter {name}={x:?} must be 1 or 0 (yes or no)"
            ))),
        }
    }
}

fn is_iso_date(d: &str) -> bool {
    let b = d.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if !(digits(0..4) && digits(5..7) && digits(8..10)) {
        return false;
    }
    let month: u32 = d[5..7].parse().unwrap_or(0);
    let day: u32 = d[8..10].parse().unwrap_or(0);
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

/// A page's offset in rows.
pub(crate) fn offset(page: u32, limit: u32) -> i64 {
    (page as i64 - 1) * limit as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(pairs: &[(&str, &str)]) -> Params {
        Params(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }

    #[test]
    fn pages_and_limits_are_bounded() {
        assert_eq!(p(&[]).page().unwrap(), 1);
        assert_eq!(p(&[("page", "3")]).page().unwrap(), 3);
        for bad in ["0", "-1", "x", "1.5", "99999999999"] {
            assert!(p(&[("page", bad)]).page().is_err(), "{bad}");
        }
        assert_eq!(p(&[]).limit(20).unwrap(), 20);
        assert_eq!(p(&[("limit", "100")]).limit(20).unwrap(), 100);
        assert!(p(&[("limit", "101")]).limit(20).is_err());
        assert!(p(&[("limit", "0")]).limit(20).is_err());
    }

    #[test]
    fn values_are_checked() {
        assert_eq!(
            p(&[("year", "2021")]).year("year").unwrap().as_deref(),
            Some("2021")
        );
        assert!(p(&[("year", "21")]).year("year").is_err());
        assert!(p(&[("from", "2021-13-01")]).date("from").is_err());
        assert!(p(&[("from", "2021-02-30x")]).date("from").is_err());
        assert!(p(&[("from", "2021-02-03")]).date("from").is_ok());
        assert_eq!(p(&[("review", "yes")]).flag("review").unwrap(), Some(true));
        assert!(p(&[("review", "maybe")]).flag("review").is_err());
        assert!(p(&[("status", "odd")]).choice("status", &["ok"]).is_err());
        assert_eq!(p(&[("q", "  ")]).text("q").unwrap(), None);
        assert!(p(&[("q", &"x".repeat(501))]).text("q").is_err());
    }
}
