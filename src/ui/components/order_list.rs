//! Items to put in order, moved with buttons (keyboard and touch alike). Each move is
//! announced, and focus stays with the moved item's button.

use yew::prelude::*;

use crate::ui::i18n;
use crate::ui::platform;

#[derive(Properties, PartialEq)]
pub struct OrderListProps {
    pub name: AttrValue,
    /// Item texts in the author's (correct) order.
    pub items: Vec<AttrValue>,
    /// The current arrangement: item indices, first to last.
    pub arrangement: Vec<usize>,
    pub locked: bool,
    /// Whether to mark each item's place as right or wrong (feedback visible).
    pub reveal: bool,
    pub on_arrange: Callback<Vec<usize>>,
    /// The quiz's root: a moved item's button takes focus back within it only.
    pub root: NodeRef,
}

#[function_component]
pub fn OrderList(props: &OrderListProps) -> Html {
    let t = i18n::use_text();
    let quiz_lang = i18n::use_content_lang();
    let announcement = use_state(String::new);
    // The id of the button to focus after a move. Moving an item re-orders the DOM,
    // which drops focus; so focus again once the new arrangement is rendered.
    let refocus = use_state(|| None::<String>);
    use_effect_with(((*refocus).clone(), props.arrangement.clone()), {
        let root = props.root.clone();
        move |(target, _)| {
            if let Some(id) = target {
                platform::focus_now(&root, id);
            }
        }
    });
    let count = props.arrangement.len();
    let rows = props.arrangement.iter().enumerate().map(|(place, &item)| {
        let label = props.items.get(item).cloned().unwrap_or_default();
        let mover = |delta: isize, direction: &'static str| {
            let target = place as isize + delta;
            let (on_arrange, arrangement) = (props.on_arrange.clone(), props.arrangement.clone());
            let (announcement, refocus, label, name) =
                (announcement.clone(), refocus.clone(), label.clone(), props.name.clone());
            Callback::from(move |_: MouseEvent| {
                if target < 0 || target as usize >= arrangement.len() {
                    return;
                }
                let target = target as usize;
                let mut next = arrangement.clone();
                next.swap(place, target);
                announcement.set(t.moved(&label, target + 1, next.len()));
                // Keep focus on the same item; at an end, on its other button.
                let at_end = (direction == "up" && target == 0) || (direction == "down" && target + 1 == next.len());
                let keep = if at_end { if direction == "up" { "down" } else { "up" } } else { direction };
                refocus.set(Some(format!("{name}-{item}-{keep}")));
                on_arrange.emit(next);
            })
        };
        let right_place = props.reveal.then_some(place == item);
        let class = classes!(
            "aq-order-item",
            (right_place == Some(true)).then_some("aq-order-item--right"),
            (right_place == Some(false)).then_some("aq-order-item--wrong"),
        );
        html! {
            <li {class} key={item}>
                <span class="aq-order-place" aria-hidden="true">{ place + 1 }</span>
                <span class="aq-order-text">{ label.clone() }</span>
                if props.locked {
                    if let Some(right) = right_place {
                        <span class="aq-order-mark">
                            { if right { t.in_place } else { t.out_of_place } }
                        </span>
                    }
                } else {
                    <span class="aq-order-buttons">
                        <button type="button" class="aq-icon-button"
                            id={format!("{}-{item}-up", props.name)}
                            aria-label={t.move_item(t.move_up, &label)}
                            disabled={place == 0}
                            onclick={mover(-1, "up")}>{ "↑" }</button>
                        <button type="button" class="aq-icon-button"
                            id={format!("{}-{item}-down", props.name)}
                            aria-label={t.move_item(t.move_down, &label)}
                            disabled={place + 1 == count}
                            onclick={mover(1, "down")}>{ "↓" }</button>
                    </span>
                }
            </li>
        }
    });
    html! {
        <>
            <p class="aq-hint">{ t.order_hint }</p>
            <ol class="aq-order" lang={quiz_lang.lang} dir={quiz_lang.dir}>{ for rows }</ol>
            <p class="aq-visually-hidden" role="status">{ (*announcement).clone() }</p>
        </>
    }
}
