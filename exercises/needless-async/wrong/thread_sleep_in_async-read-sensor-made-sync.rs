// fails: virtual time, no warnings
use std::time::Duration;

fn read_sensor(id: u32) -> f64 {
    std::thread::sleep(Duration::from_millis(50));
    15.0 + id as f64 * 2.5
}

fn to_fahrenheit(celsius: f64) -> f64 {
    celsius * 9.0 / 5.0 + 32.0
}

fn format_reading(id: u32, fahrenheit: f64) -> String {
    format!("sensor {id}: {fahrenheit:.1} °F")
}

#[tokio::main]
async fn main() {
    for id in 1..=3 {
        let celsius = read_sensor(id);
        let fahrenheit = to_fahrenheit(celsius);
        println!("{}", format_reading(id, fahrenheit));
    }
}
