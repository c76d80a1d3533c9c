fn main() {
    let mut visitors: u8 = 250;
    let arrivals = ["ann", "bob", "cid", "dee", "eve", "fay", "gus"];
    for name in arrivals {
        visitors += 1;
        println!("{name} arrives, {visitors} visitors");
    }
}
