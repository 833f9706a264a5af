//! The QR code of an assignment link, drawn as SVG from the `qrcode` crate's modules.
//! It is always dark on light, whatever the page's theme, so that phones can scan it.

use qrcode::{Color, EcLevel, QrCode};
use yew::prelude::*;

/// The empty border scanners need around the code, in modules.
pub const QUIET_ZONE: usize = 4;

/// The code's modules, row by row (`true` is dark), and the width of a row; `None` when
/// the text is too long for any QR code.
pub fn modules(text: &str) -> Option<(usize, Vec<bool>)> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    Some((code.width(), code.to_colors().into_iter().map(|c| c == Color::Dark).collect()))
}

/// SVG path data with one rectangle per horizontal run of dark modules, in module units,
/// shifted by the quiet zone.
pub fn path(width: usize, modules: &[bool]) -> String {
    let mut d = String::new();
    for (y, row) in modules.chunks(width.max(1)).enumerate() {
        let mut x = 0;
        while x < row.len() {
            if !row[x] {
                x += 1;
                continue;
            }
            let start = x;
            while x < row.len() && row[x] {
                x += 1;
            }
            let run = x - start;
            d.push_str(&format!("M{} {}h{run}v1h-{run}z", start + QUIET_ZONE, y + QUIET_ZONE));
        }
    }
    d
}

#[derive(Properties, PartialEq)]
pub struct QrProps {
    pub text: AttrValue,
    /// The accessible name of the image.
    pub label: AttrValue,
}

#[function_component]
pub fn Qr(props: &QrProps) -> Html {
    let Some((width, modules)) = modules(&props.text) else { return html! {} };
    let side = (width + 2 * QUIET_ZONE).to_string();
    html! {
        <svg class="aq-qr" role="img" aria-label={props.label.clone()} viewBox={format!("0 0 {side} {side}")}
            shape-rendering="crispEdges">
            <rect width={side.clone()} height={side} fill="#fff" />
            <path d={path(width, &modules)} fill="#000" />
        </svg>
    }
}
