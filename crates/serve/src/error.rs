//! Errors: [`Error`] for starting the server, [`Failure`] for one request (a status and
//! a message for people), answered as a page or as JSON.

use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::Json;

/// The server could not start or stopped with an error.
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
}

/// What went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The database could not be opened or read.
    Open(String),
    /// The database was written by a vanban from before the web view: it lacks the
    /// texts and the search index.
    OldDatabase(String),
    /// The address could not be bound.
    Bind(String),
    /// The runtime failed.
    Runtime(String),
}

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Error {
        Error { kind }
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.kind {
            ErrorKind::Open(m) => write!(f, "cannot open the database: {m}"),
            ErrorKind::OldDatabase(path) => write!(
                f,
                "{path} was written by an older vanban and lacks what this one shows (document \
                 texts, the search index, tasks' coordinators): run `vanban process` again to \
                 rebuild it"
            ),
            ErrorKind::Bind(m) => write!(f, "cannot listen on {m}"),
            ErrorKind::Runtime(m) => write!(f, "server error: {m}"),
        }
    }
}

impl std::error::Error for Error {}

/// One request that could not be answered.
#[derive(Debug)]
pub(crate) enum Failure {
    /// A parameter is malformed or out of range (400).
    BadRequest(String),
    /// No such key or page (404).
    NotFound(String),
    /// The database failed (500).
    Internal(String),
}

impl Failure {
    fn status(&self) -> StatusCode {
        match self {
            Failure::BadRequest(_) => StatusCode::BAD_REQUEST,
            Failure::NotFound(_) => StatusCode::NOT_FOUND,
            Failure::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn message(&self) -> &str {
        match self {
            Failure::BadRequest(m) | Failure::NotFound(m) | Failure::Internal(m) => m,
        }
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message())
    }
}

impl From<vanban_query::QueryError> for Failure {
    fn from(e: vanban_query::QueryError) -> Self {
        match e {
            vanban_query::QueryError::NotFound(_) => Failure::NotFound(e.to_string()),
            other => Failure::Internal(other.to_string()),
        }
    }
}

impl From<rusqlite::Error> for Failure {
    fn from(e: rusqlite::Error) -> Self {
        Failure::Internal(format!("database: {e}"))
    }
}

/// A failure answered as JSON: `{"error": "...", "status": 404}`.
pub(crate) struct ApiError(pub Failure);

impl From<Failure> for ApiError {
    fn from(f: Failure) -> Self {
        ApiError(f)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.0.status();
        let body = serde_json::json!({"error": self.0.message(), "status": status.as_u16()});
        (status, Json(body)).into_response()
    }
}

/// A failure answered as a page.
pub(crate) struct PageError(pub Failure);

impl From<Failure> for PageError {
    fn from(f: Failure) -> Self {
        PageError(f)
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let status = self.0.status();
        let page = crate::pages::ErrorPage {
            title: format!(
                "{} {}",
                status.as_u16(),
                status.canonical_reason().unwrap_or("")
            ),
            message: self.0.message().to_string(),
        };
        (status, Html(crate::pages::render(&page))).into_response()
    }
}
