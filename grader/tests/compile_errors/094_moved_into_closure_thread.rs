fn main() {
    let log = vec![String::from("start")];
    let t = std::thread::spawn(move || {
        println!("{}", log.len());
    });
    t.join().unwrap();
    println!("{:?}", log);
}
