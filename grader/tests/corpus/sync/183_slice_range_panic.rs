fn moving_sum(data: &[i32], window: usize) -> Vec<i32> {
    let mut out = Vec::new();
    for start in 0..data.len() - 1 {
        let part = &data[start..start + window];
        out.push(part.iter().sum());
        println!("window at {start}: {part:?}");
    }
    out
}

fn main() {
    let readings = [1, 2, 3, 4, 5];
    println!("{:?}", moving_sum(&readings, 3));
}
