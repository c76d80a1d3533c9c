use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU32, AtomicUsize, Ordering};
use std::sync::Arc;

static NEXT_ID: AtomicU32 = AtomicU32::new(1);

fn new_id() -> u32 {
    NEXT_ID.fetch_add(1, Ordering::Relaxed)
}

fn main() {
    println!("{} {} {}", new_id(), new_id(), new_id());
    let counter = Arc::new(AtomicUsize::new(0));
    let c2 = Arc::clone(&counter);
    c2.fetch_add(5, Ordering::SeqCst);
    counter.fetch_sub(2, Ordering::SeqCst);
    println!("{}", counter.load(Ordering::SeqCst));
    let balance = AtomicI64::new(100);
    println!("{}", balance.fetch_max(250, Ordering::SeqCst));
    println!("{}", balance.fetch_min(-5, Ordering::SeqCst));
    println!("{}", balance.load(Ordering::Relaxed));
    let flag = AtomicBool::new(false);
    println!("{:?}", flag.compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire));
    println!("{:?}", flag.compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire));
    println!("{}", flag.fetch_xor(true, Ordering::SeqCst));
    println!("{}", flag.load(Ordering::SeqCst));
    let v = AtomicU32::new(7);
    let r = v.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |x| if x < 10 { Some(x * 2) } else { None });
    println!("{r:?} {}", v.load(Ordering::SeqCst));
    let r = v.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |x| if x < 10 { Some(x * 2) } else { None });
    println!("{r:?}");
    println!("{:?}", v);
    println!("{:?}", Ordering::SeqCst);
}
