use std::sync::Mutex;

fn main() {
    let log = Mutex::new(Vec::new());
    let _ = log.lock().unwrap(); //~ let_underscore_guard
    log.lock().unwrap().push("entry");
    println!("{:?}", log.lock().unwrap());
}
