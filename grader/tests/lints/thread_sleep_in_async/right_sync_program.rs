use std::time::Duration;

fn read_sensor(id: u32) -> u32 {
    std::thread::sleep(Duration::from_millis(200));
    id * 10
}

fn main() {
    let a = read_sensor(1);
    let b = read_sensor(2);
    println!("{a} {b}");
}
