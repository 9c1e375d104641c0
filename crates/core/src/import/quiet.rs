//! Catching a reader's panic without printing it.
//!
//! A panic inside a parser crate is the file's error, not a crash, and its
//! message ("index out of bounds", a Rust source path) is meaningless to an
//! analyst, so it must not reach stderr. The default panic hook prints every
//! panic, caught or not; [`catch_quietly`] installs, once per process, a hook
//! that stays silent while the panicking thread is inside `catch_quietly` and
//! hands every other panic to the hook that was there before. The switch is
//! per thread, so concurrent imports (or the app's other threads) never
//! silence or unsilence each other.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// How many `catch_quietly` calls this thread is inside.
    static QUIET_DEPTH: Cell<usize> = const { Cell::new(0) };
}

static INSTALL: Once = Once::new();

/// Runs `work`; a panic in it becomes `Err(())` and prints nothing.
pub(crate) fn catch_quietly<T>(work: impl FnOnce() -> T) -> Result<T, ()> {
    INSTALL.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if QUIET_DEPTH.with(Cell::get) == 0 {
                previous(info);
            }
        }));
    });
    QUIET_DEPTH.with(|depth| depth.set(depth.get() + 1));
    let result = panic::catch_unwind(AssertUnwindSafe(work));
    QUIET_DEPTH.with(|depth| depth.set(depth.get() - 1));
    result.map_err(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caught_panic_is_an_error_and_nesting_keeps_the_switch() {
        assert_eq!(catch_quietly(|| 7), Ok(7));
        let outer = catch_quietly(|| {
            let inner: Result<(), ()> = catch_quietly(|| panic!("inner parser bug"));
            assert!(inner.is_err());
            // Still inside the outer call: still quiet.
            assert_eq!(QUIET_DEPTH.with(Cell::get), 1);
            panic!("outer parser bug")
        });
        assert_eq!(outer, Err::<(), ()>(()));
        assert_eq!(QUIET_DEPTH.with(Cell::get), 0);
    }
}
