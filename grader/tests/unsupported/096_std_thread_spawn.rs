// An OS thread: refused by its name (it used to be "method `spawn` on closure").
use std::sync::mpsc;

fn main() {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || { //~ unsupported: std::thread::spawn
        tx.send(1).unwrap();
    });
    println!("{}", rx.recv().unwrap());
}
