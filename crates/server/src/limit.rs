//! Per-client limits on writes: each client may make `--writes-per-minute` writes (posts
//! and deletions under `/api/v1`) a minute, in a burst or spread out; past it, 429 with
//! `Retry-After`. Reads are not limited (stats are cached, pages are files).
//!
//! The client is the address the connection comes from, or, when that is a proxy named
//! by `--trusted-proxies`, the last address in `X-Forwarded-For` that is not one of them
//! (a client may write any address there; only what a trusted proxy added is believed).
//! An IPv6 client is its /64, which one machine is given whole.
//!
//! The address is not kept: the limiter keys each client by a hash of its address with a
//! random salt made at start and never written anywhere, and forgets a client once its
//! minute is over. Each instance counts alone: behind a load balancer of N instances a
//! client may make up to N times the limit.

use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use sha2::{Digest, Sha256};

use crate::error::ApiError;

/// After this many checks the limiter drops the clients whose minute is over.
const SWEEP_EVERY: u64 = 4096;

pub struct WriteLimit {
    limiter: DefaultKeyedRateLimiter<u64>,
    salt: [u8; 32],
    trusted: Vec<IpAddr>,
    checks: AtomicU64,
}

impl WriteLimit {
    /// `per_minute` writes a minute per client (the router adds no limiter for 0).
    pub fn new(per_minute: NonZeroU32, trusted: Vec<IpAddr>) -> WriteLimit {
        let mut salt = [0u8; 32];
        // Without the system's randomness the hash is still one-way, only not salted.
        let _ = getrandom::fill(&mut salt);
        WriteLimit {
            limiter: RateLimiter::keyed(Quota::per_minute(per_minute)),
            salt,
            trusted: trusted.into_iter().map(|ip| ip.to_canonical()).collect(),
            checks: AtomicU64::new(0),
        }
    }

    /// The client a request comes from: `peer`, or what a trusted proxy says.
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let peer = peer.to_canonical();
        if !self.trusted.contains(&peer) {
            return peer;
        }
        // Each proxy appends the address it was reached from: read from the right, past
        // the trusted ones.
        let forwarded = headers.get_all("x-forwarded-for").iter().filter_map(|value| value.to_str().ok());
        let hops: Vec<&str> = forwarded.flat_map(|value| value.split(',')).map(str::trim).collect();
        for hop in hops.iter().rev() {
            match hop.parse::<IpAddr>().or_else(|_| hop.parse::<SocketAddr>().map(|a| a.ip())) {
                Ok(ip) if self.trusted.contains(&ip.to_canonical()) => continue,
                Ok(ip) => return ip.to_canonical(),
                // Not an address: nothing to the left of it can be believed.
                Err(_) => return peer,
            }
        }
        peer
    }

    /// The client's key: a salted hash of its address (of its /64 for IPv6).
    fn key(&self, client: IpAddr) -> u64 {
        let mut hash = Sha256::new();
        hash.update(self.salt);
        match client {
            IpAddr::V4(v4) => hash.update(v4.octets()),
            IpAddr::V6(v6) => hash.update(&v6.octets()[..8]),
        }
        let digest = hash.finalize();
        u64::from_le_bytes(digest[..8].try_into().unwrap_or_default())
    }

    /// Whether `client` may write now; if not, how long until it may.
    pub fn check(&self, client: IpAddr) -> Result<(), Duration> {
        if self.checks.fetch_add(1, Ordering::Relaxed) % SWEEP_EVERY == SWEEP_EVERY - 1 {
            self.limiter.retain_recent();
        }
        self.limiter
            .check_key(&self.key(client))
            .map_err(|not_until| not_until.wait_time_from(DefaultClock::default().now()))
    }
}

/// The middleware: writes past the client's limit get 429.
pub async fn limit_writes(State(limit): State<Arc<WriteLimit>>, request: Request, next: Next) -> Response {
    if matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(request).await;
    }
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::V6(Ipv6Addr::UNSPECIFIED), |ConnectInfo(address)| address.ip());
    match limit.check(limit.client(peer, request.headers())) {
        Ok(()) => next.run(request).await,
        Err(wait) => ApiError::TooMany(wait.as_secs() + u64::from(wait.subsec_nanos() > 0)).into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn limit(trusted: &[&str]) -> WriteLimit {
        WriteLimit::new(NonZeroU32::new(2).unwrap(), trusted.iter().map(|t| t.parse().unwrap()).collect())
    }

    fn forwarded(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn a_forwarded_address_is_believed_only_from_a_trusted_proxy() {
        let ip = |text: &str| text.parse::<IpAddr>().unwrap();
        let untrusting = limit(&[]);
        assert_eq!(untrusting.client(ip("198.51.100.9"), &forwarded("203.0.113.7")), ip("198.51.100.9"));
        let behind = limit(&["10.0.0.2", "10.0.0.3"]);
        // The proxy's own peer, past a second trusted proxy; what the client wrote itself is ignored.
        let headers = forwarded("1.2.3.4, 203.0.113.7, 10.0.0.3");
        assert_eq!(behind.client(ip("10.0.0.2"), &headers), ip("203.0.113.7"));
        assert_eq!(behind.client(ip("::ffff:10.0.0.2"), &headers), ip("203.0.113.7"));
        // No header, or garbage in it: the proxy itself.
        assert_eq!(behind.client(ip("10.0.0.2"), &HeaderMap::new()), ip("10.0.0.2"));
        assert_eq!(behind.client(ip("10.0.0.2"), &forwarded("203.0.113.7, not-an-address")), ip("10.0.0.2"));
        // Not from the proxy: the header is the client's own words.
        assert_eq!(behind.client(ip("198.51.100.9"), &headers), ip("198.51.100.9"));
    }

    #[test]
    fn each_client_has_its_own_minute_and_an_ipv6_client_is_its_64() {
        let limit = limit(&[]);
        let ip = |text: &str| text.parse::<IpAddr>().unwrap();
        assert!(limit.check(ip("203.0.113.7")).is_ok() && limit.check(ip("203.0.113.7")).is_ok());
        let wait = limit.check(ip("203.0.113.7")).unwrap_err();
        assert!(wait > Duration::from_secs(20) && wait <= Duration::from_secs(30), "{wait:?}");
        assert!(limit.check(ip("203.0.113.8")).is_ok());
        assert!(limit.check(ip("2001:db8:1:2::1")).is_ok() && limit.check(ip("2001:db8:1:2:ffff::9")).is_ok());
        assert!(limit.check(ip("2001:db8:1:2::77")).is_err());
        assert!(limit.check(ip("2001:db8:1:3::1")).is_ok());
    }
}
