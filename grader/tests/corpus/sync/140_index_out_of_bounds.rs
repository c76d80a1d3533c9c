fn median(sorted: &[f64]) -> f64 {
    let mid = sorted.len() / 2;
    if sorted.len() % 2 == 0 {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    } else {
        sorted[mid]
    }
}

fn main() {
    let mut data = vec![3.5, 1.0, 9.25, 4.0];
    data.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("median {}", median(&data));
    data.pop();
    println!("median {}", median(&data));
    let grid = vec![vec![1, 2], vec![3, 4]];
    let (r, c) = (1, 2);
    println!("cell {}", grid[r][c]);
}
