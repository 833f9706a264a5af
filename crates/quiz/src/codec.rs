//! The byte-level pieces shared by assignment links and result codes: short names for
//! ids, the CRC that catches typing slips, and a reader that never panics.
//!
//! Must not import anything from a browser or UI crate.

use base64ct::{Base64UrlUnpadded, Encoding};

use super::shuffle::fnv1a64;

/// What can be wrong with a code before its fields are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Envelope {
    Empty,
    /// Not base64, a wrong checksum, an unknown format: a slip while copying.
    Mistyped,
    Truncated,
    NewerFormat,
    TooLong,
}

/// Appends the CRC to `bytes` (whose first byte is the format) and writes them as
/// URL-safe base64 without padding.
pub fn seal(mut bytes: Vec<u8>) -> String {
    bytes.extend(crc16(&bytes).to_be_bytes());
    Base64UrlUnpadded::encode_string(&bytes)
}

/// Undoes [`seal`]: checks the length, the base64, the format byte and the CRC, and
/// returns the bytes after the format byte.
pub fn open(text: &str, format: u8, max_len: usize) -> Result<Vec<u8>, Envelope> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Envelope::Empty);
    }
    if text.len() > max_len {
        return Err(Envelope::TooLong);
    }
    let mut bytes = Base64UrlUnpadded::decode_vec(text).map_err(|_| Envelope::Mistyped)?;
    let (body, check) = bytes.split_last_chunk::<2>().ok_or(Envelope::Truncated)?;
    match body.first() {
        None => return Err(Envelope::Truncated),
        Some(&found) if found > format => return Err(Envelope::NewerFormat),
        Some(&found) if found == format => {}
        Some(_) => return Err(Envelope::Mistyped),
    }
    if crc16(body) != u16::from_be_bytes(*check) {
        return Err(Envelope::Mistyped);
    }
    bytes.truncate(bytes.len() - 2);
    bytes.remove(0);
    Ok(bytes)
}

/// The 16-bit name of a question id (or a quiz slug) in links.
pub fn short_name(id: &str) -> u16 {
    let hash = fnv1a64(id.as_bytes());
    (hash ^ (hash >> 16) ^ (hash >> 32) ^ (hash >> 48)) as u16
}

/// CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF): detects every change of one
/// base64 character, and most others.
pub fn crc16(bytes: &[u8]) -> u16 {
    bytes.iter().fold(0xFFFF_u16, |mut crc, &byte| {
        crc ^= u16::from(byte) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 };
        }
        crc
    })
}

/// Reads big-endian fields off the front of a byte slice; running out gives the error
/// the caller chose.
pub struct Reader<'a, E: Clone> {
    bytes: &'a [u8],
    short: E,
}

impl<'a, E: Clone> Reader<'a, E> {
    pub fn new(bytes: &'a [u8], short: E) -> Self {
        Reader { bytes, short }
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    fn take<const N: usize>(&mut self) -> Result<[u8; N], E> {
        let (head, rest) = self.bytes.split_first_chunk::<N>().ok_or_else(|| self.short.clone())?;
        self.bytes = rest;
        Ok(*head)
    }

    pub fn byte(&mut self) -> Result<u8, E> {
        Ok(self.take::<1>()?[0])
    }

    pub fn u16(&mut self) -> Result<u16, E> {
        Ok(u16::from_be_bytes(self.take()?))
    }

    pub fn u32(&mut self) -> Result<u32, E> {
        Ok(u32::from_be_bytes(self.take()?))
    }

    pub fn u64(&mut self) -> Result<u64, E> {
        Ok(u64::from_be_bytes(self.take()?))
    }

    /// An unsigned LEB128 number of at most five bytes.
    pub fn varint(&mut self) -> Result<u32, E> {
        let mut value = 0u32;
        for shift in (0..35).step_by(7) {
            let byte = self.byte()?;
            value |= u32::from(byte & 0x7F).checked_shl(shift).unwrap_or(0);
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(self.short.clone())
    }

    /// `len` bytes of UTF-8: `Ok(None)` when they are not valid UTF-8.
    pub fn text(&mut self, len: usize) -> Result<Option<String>, E> {
        if self.bytes.len() < len {
            return Err(self.short.clone());
        }
        let (head, rest) = self.bytes.split_at(len);
        self.bytes = rest;
        Ok(String::from_utf8(head.to_vec()).ok())
    }
}

/// Appends `value` as unsigned LEB128.
pub fn push_varint(bytes: &mut Vec<u8>, mut value: u32) {
    loop {
        let low = (value & 0x7F) as u8;
        value >>= 7;
        if value == 0 {
            bytes.push(low);
            return;
        }
        bytes.push(low | 0x80);
    }
}
