//! Seeded, reproducible shuffles of questions, options and order items.
//!
//! Shared links carry a seed and expect the same order from it forever, so the generator
//! and the shuffle are written out here rather than taken from a crate whose internals
//! may change between versions. The algorithms are standard and fully specified:
//! SplitMix64 (Steele, Lea and Flood, 2014) for the stream, Lemire's nearly divisionless
//! method for unbiased bounded integers, and the Fisher–Yates shuffle walking down from
//! the last position. Golden vectors in the tests pin the output: a change that moves
//! them breaks every link ever shared.
//!
//! Must not import anything from a browser or UI crate.

/// SplitMix64: a tiny, well-studied generator with a 64-bit state.
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform integer in `0..bound` (Lemire 2019). `bound` must be at least 1.
    pub fn below(&mut self, bound: u32) -> u32 {
        let bound = bound.max(1);
        loop {
            let product = u64::from(self.next_u64() as u32) * u64::from(bound);
            let low = product as u32;
            if low >= bound || low >= bound.wrapping_neg() % bound {
                return (product >> 32) as u32;
            }
        }
    }
}

/// FNV-1a, 64 bits: a stable hash of bytes, used to give each question its own stream
/// and to fingerprint quiz bundles.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xCBF2_9CE4_8422_2325, |hash, &b| (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01B3))
}

/// Shuffles `items` in place with Fisher–Yates.
pub fn shuffle<T>(items: &mut [T], rng: &mut SplitMix64) {
    for i in (1..items.len()).rev() {
        let j = rng.below(u32::try_from(i + 1).unwrap_or(u32::MAX)) as usize;
        items.swap(i, j);
    }
}

/// `0..len` in the order the seed gives.
pub fn permutation(len: usize, seed: u64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    shuffle(&mut order, &mut SplitMix64::new(seed));
    order
}

/// The seed for one question's own shuffle: the session seed mixed with the question's
/// id, so adding or removing another question changes nothing here.
pub fn question_seed(seed: u64, question_id: &str) -> u64 {
    SplitMix64::new(seed ^ fnv1a64(question_id.as_bytes())).next_u64()
}

/// The order in which an ordering question first shows its items: shuffled, and never
/// already correct (that would give the answer away). With one item there is no choice.
pub fn scrambled(len: usize, seed: u64) -> Vec<usize> {
    let mut order = permutation(len, seed);
    if len > 1 && order.iter().enumerate().all(|(i, &item)| i == item) {
        order.rotate_left(1);
    }
    order
}
