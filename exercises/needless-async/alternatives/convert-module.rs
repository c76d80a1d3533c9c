use std::time::Duration;

async fn read_sensor(id: u32) -> f64 {
    tokio::time::sleep(Duration::from_millis(50)).await;
    15.0 + id as f64 * 2.5
}

mod convert {
    pub fn to_fahrenheit(celsius: f64) -> f64 {
        celsius * 9.0 / 5.0 + 32.0
    }

    pub fn format_reading(id: u32, fahrenheit: f64) -> String {
        format!("sensor {}: {:.1} °F", id, fahrenheit)
    }
}

#[tokio::main]
async fn main() {
    for id in 1..=3 {
        let line = convert::format_reading(id, convert::to_fahrenheit(read_sensor(id).await));
        println!("{line}");
    }
}
