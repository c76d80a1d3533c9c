use std::time::Duration;

async fn read_sensor(id: u32) -> f64 {
    tokio::time::sleep(Duration::from_millis(50)).await;
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
    let mut readings = Vec::new();
    for id in 1..=3u32 {
        readings.push((id, read_sensor(id).await));
    }
    let lines: Vec<String> = readings
        .into_iter()
        .map(|(id, celsius)| format_reading(id, to_fahrenheit(celsius)))
        .collect();
    for line in &lines {
        println!("{line}");
    }
}
