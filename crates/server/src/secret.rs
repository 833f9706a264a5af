//! Class ids and teachers' secrets: random, URL-safe, and (for secrets) kept only as a
//! hash, compared in constant time. A [`Secret`] prints as `[secret]`, so that it cannot
//! reach a log line by accident.

use base64ct::{Base64UrlUnpadded, Encoding};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// `bytes` random bytes from the operating system, as URL-safe base64.
fn random(bytes: usize) -> String {
    let mut buffer = vec![0u8; bytes];
    getrandom::fill(&mut buffer).expect("the operating system gives random bytes");
    Base64UrlUnpadded::encode_string(&buffer)
}

/// A new class's id: 128 random bits, unguessable, so only those given the link hand in.
pub fn class_id() -> String {
    random(16)
}

/// A teacher's secret, as given once to the teacher, or the newsroom's admin token.
#[derive(Clone)]
pub struct Secret(String);

/// From a flag or the environment (the admin token).
impl std::str::FromStr for Secret {
    type Err = &'static str;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        if text.len() < 16 {
            return Err("a token of at least 16 characters");
        }
        Ok(Secret(text.to_owned()))
    }
}

impl Secret {
    /// A new one: 256 random bits.
    pub fn new() -> Self {
        Secret(random(32))
    }

    pub fn from_header(text: &str) -> Self {
        Secret(text.to_owned())
    }

    /// What the server keeps of it.
    pub fn hash(&self) -> Vec<u8> {
        Sha256::digest(self.0.as_bytes()).to_vec()
    }

    /// Whether it is `other`, compared in constant time.
    pub fn is(&self, other: &Secret) -> bool {
        self.matches(&other.hash())
    }

    /// Whether it is the secret whose hash is `kept`.
    pub fn matches(&self, kept: &[u8]) -> bool {
        self.hash().ct_eq(kept).into()
    }

    /// The secret itself, to give to the teacher once.
    pub fn reveal(self) -> String {
        self.0
    }
}

impl Default for Secret {
    fn default() -> Self {
        Secret::new()
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("[secret]")
    }
}
