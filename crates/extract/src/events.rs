//! Events: visits, meetings, conferences, agreements and launches, with date, place and participants.

use crate::{date::FoundDate, entities::Found, Doc};
use corridor_model::Event;

/// The events of `doc` (placeholder: none).
pub fn find(_doc: &Doc, _entities: &[Found], _dates: &[FoundDate]) -> Vec<Event> {
    Vec::new()
}
