//! Diagnostics only, in wasm builds with `--cfg alloc_count` (never in `make dist`): a global
//! allocator that counts the wasm's live heap allocations, read by `tests/bench/heap_probe.mjs`
//! through `wasmBindings.alloc_count()`. A count that grows with figure switches is memory the
//! app leaves behind (e.g. a disposed effect still subscribed to a long-lived signal).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

static BYTES: AtomicUsize = AtomicUsize::new(0);
static COUNT: AtomicUsize = AtomicUsize::new(0);

struct Counting;

// SAFETY: every call is forwarded to the system allocator unchanged; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(l) };
        if !p.is_null() {
            BYTES.fetch_add(l.size(), Relaxed);
            COUNT.fetch_add(1, Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        unsafe { System.dealloc(p, l) };
        BYTES.fetch_sub(l.size(), Relaxed);
        COUNT.fetch_sub(1, Relaxed);
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, size: usize) -> *mut u8 {
        let q = unsafe { System.realloc(p, l, size) };
        if !q.is_null() {
            BYTES.fetch_add(size, Relaxed);
            BYTES.fetch_sub(l.size(), Relaxed);
        }
        q
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// `[live allocations, live bytes]` of the wasm's heap.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn alloc_count() -> Vec<u32> {
    // Read before the Vec returned is allocated.
    let (count, bytes) = (COUNT.load(Relaxed), BYTES.load(Relaxed));
    vec![count as u32, bytes as u32]
}
