//! Roles: the titles people hold and the organization or country each belongs to.

use crate::{entities::Found, Doc};
use corridor_model::Role;

/// The roles stated in `doc` (placeholder: none).
pub fn find(_doc: &Doc, _entities: &[Found]) -> Vec<Role> {
    Vec::new()
}
