use std::sync::Mutex;

fn main() {
    let m = Mutex::new(5);
    let g = m.lock().unwrap();
    let inner = m.into_inner().unwrap();
    println!("{} {}", g, inner);
}
