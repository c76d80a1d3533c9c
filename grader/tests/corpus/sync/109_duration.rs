use std::time::Duration;

fn main() {
    let d = Duration::from_millis(1500);
    println!("{:?} {} {} {}", d, d.as_secs(), d.as_millis(), d.subsec_millis());
    println!("{:?}", Duration::from_secs(90));
    println!("{:?}", Duration::from_micros(1));
    println!("{:?}", Duration::from_nanos(1_500));
    println!("{:?}", Duration::from_secs_f64(0.25));
    println!("{}", d.as_secs_f64());
    let total = Duration::from_millis(250) * 4 + Duration::from_secs(1);
    println!("{:?}", total);
    println!("{:?}", total / 3);
    println!("{:?}", total - Duration::from_millis(1));
    println!("{:?}", Duration::from_secs(5).checked_sub(Duration::from_secs(6)));
    println!("{:?}", Duration::from_secs(5).saturating_sub(Duration::from_secs(6)));
    println!("{}", Duration::from_millis(999) < Duration::from_secs(1));
    println!("{:?}", Duration::ZERO);
    println!("{:?}", Duration::from_millis(60_000 * 61));
    let laps = [Duration::from_millis(320), Duration::from_millis(290), Duration::from_millis(305)];
    let sum: Duration = laps.iter().sum();
    println!("total {:?}, best {:?}", sum, laps.iter().min().unwrap());
    println!("{:.2?}", Duration::from_nanos(1_234_567));
    println!("{:?}", Duration::new(2, 5_000_000));
}
