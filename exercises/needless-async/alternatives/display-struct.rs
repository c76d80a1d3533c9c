use std::fmt;
use std::time::Duration;

async fn read_sensor(id: u32) -> f64 {
    tokio::time::sleep(Duration::from_millis(50)).await;
    15.0 + id as f64 * 2.5
}

struct Reading {
    id: u32,
    celsius: f64,
}

impl Reading {
    fn fahrenheit(&self) -> f64 {
        self.celsius * 9.0 / 5.0 + 32.0
    }
}

impl fmt::Display for Reading {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "sensor {}: {:.1} °F", self.id, self.fahrenheit())
    }
}

#[tokio::main]
async fn main() {
    for id in 1..=3 {
        let reading = Reading { id, celsius: read_sensor(id).await };
        println!("{reading}");
    }
}
