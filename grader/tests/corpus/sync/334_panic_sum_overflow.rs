fn main() {
    let small: Vec<u8> = vec![100, 200];
    let total: u32 = small.iter().map(|&b| b as u32).sum();
    println!("{}", total);
    let empty: Vec<i32> = vec![];
    println!("{} {}", empty.iter().sum::<i32>(), empty.iter().product::<i32>());
    let s: u8 = small.iter().sum();
    println!("{}", s);
}
