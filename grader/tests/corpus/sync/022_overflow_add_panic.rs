fn main() {
    let mut balance: i32 = i32::MAX - 3;
    let deposits = [1, 1, 1, 1, 1];
    for d in deposits {
        balance += d;
        println!("balance = {balance}");
    }
    println!("unreachable: {balance}");
}
