fn log(level: u8, msg: &str) -> usize {
    msg.len() + level as usize
}

fn main() {
    let r = log("oops");
    println!("{}", r);
}
