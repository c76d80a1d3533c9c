fn main() {
    let inputs = ["10", "20", "thirty"];
    let mut sum = 0;
    for s in inputs {
        let n: i32 = s.parse().expect("every input is a number");
        sum += n;
        println!("running sum {sum}");
    }
}
