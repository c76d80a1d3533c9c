fn average(values: &[i32]) -> i32 {
    let sum: i32 = values.iter().sum();
    sum / values.len() as i32
}

fn main() {
    println!("average = {}", average(&[4, 8, 15]));
    let empty: Vec<i32> = Vec::new();
    println!("average = {}", average(&empty));
}
