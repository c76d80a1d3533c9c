fn main() {
    let x = 5;
    let x = x + 1;
    {
        let x = x * 2;
        println!("inner x = {x}");
    }
    println!("outer x = {x}");

    let spaces = "   ";
    let spaces = spaces.len();
    println!("spaces = {spaces}");

    let mut total = 0;
    for i in 1..=4 {
        let i = i * i;
        total += i;
    }
    println!("sum of squares = {total}");
    let total = total as f64 / 4.0;
    println!("average = {total}");
}
