fn main() {
    let inputs = ["42", "-17", " 8", "3.5", "abc", "", "99999999999", "+5"];
    for s in inputs {
        match s.parse::<i32>() {
            Ok(n) => println!("{s:?} -> Ok({n})"),
            Err(e) => println!("{s:?} -> Err({e})"),
        }
    }
    for s in ["3.5", "1e3", "-0.25", "inf", "NaN", "1.", ".5", "x"] {
        println!("{s:?} -> {:?}", s.parse::<f64>());
    }
    println!("{:?}", "256".parse::<u8>());
    println!("{:?}", "-1".parse::<u32>());
    println!("{:?}", "true".parse::<bool>());
    println!("{:?}", "yes".parse::<bool>());
    println!("{:?}", "x".parse::<char>());
    let total: i64 = "10 20 30".split(' ').map(|t| t.parse::<i64>().unwrap()).sum();
    println!("total {total}");
}
