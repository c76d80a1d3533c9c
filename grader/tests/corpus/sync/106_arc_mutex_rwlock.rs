use std::sync::{Arc, Mutex, RwLock};

#[derive(Debug, Default)]
struct Stats {
    requests: u32,
    errors: u32,
}

fn record(stats: &Mutex<Stats>, ok: bool) {
    let mut s = stats.lock().unwrap();
    s.requests += 1;
    if !ok {
        s.errors += 1;
    }
}

fn main() {
    let stats = Arc::new(Mutex::new(Stats::default()));
    for ok in [true, true, false, true] {
        record(&stats, ok);
    }
    println!("{:?}", stats.lock().unwrap());
    let clone = Arc::clone(&stats);
    println!("strong {}", Arc::strong_count(&stats));
    clone.lock().unwrap().requests += 10;
    println!("{:?}", *stats.lock().unwrap());
    {
        let guard = stats.lock().unwrap();
        println!("try_lock while held: {}", stats.try_lock().is_err());
        drop(guard);
    }
    println!("try_lock after drop: {}", stats.try_lock().is_ok());
    let settings = RwLock::new(vec!["dark".to_string()]);
    {
        let r1 = settings.read().unwrap();
        let r2 = settings.read().unwrap();
        println!("readers see {:?} and {:?}", *r1, *r2);
    }
    settings.write().unwrap().push("compact".into());
    println!("{:?}", settings.read().unwrap());
    let m = Mutex::new(5);
    *m.lock().unwrap() += 1;
    println!("{}", m.into_inner().unwrap());
    println!("{:?}", Mutex::new(1));
}
