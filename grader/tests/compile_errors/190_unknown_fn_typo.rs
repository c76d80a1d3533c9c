fn calculate_total(v: &[u32]) -> u32 {
    v.iter().sum()
}

fn main() {
    println!("{}", calculate_totl(&[1, 2]));
}
