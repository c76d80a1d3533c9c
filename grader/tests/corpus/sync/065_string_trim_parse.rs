fn main() {
    let raw = "  \t padded text \n ";
    println!("{:?}", raw.trim());
    println!("{:?}", raw.trim_start());
    println!("{:?}", raw.trim_end());
    println!("{:?}", "xxabcxx".trim_matches('x'));
    println!("{:?}", "007".trim_start_matches('0'));
    println!("{:?}", "file.tar.gz".trim_end_matches(".gz"));
    println!("{:?}", "v1.2".strip_prefix("v"));
    println!("{:?}", "v1.2".strip_prefix("x"));
    println!("{:?}", "data.json".strip_suffix(".json"));
    let input = " 12 \n 7\n\n 30 ";
    let numbers: Vec<u32> = input.lines().map(str::trim).filter(|l| !l.is_empty()).map(|l| l.parse().unwrap()).collect();
    println!("{numbers:?} sum {}", numbers.iter().sum::<u32>());
    let parsed: Result<Vec<i32>, _> = "1 2 x 4".split(' ').map(|t| t.parse::<i32>()).collect();
    println!("{parsed:?}");
    let version: Vec<u8> = "1.22.3".split('.').filter_map(|p| p.parse().ok()).collect();
    println!("{version:?}");
}
