extern crate rand; //~ unsupported: extern crate|rand

fn main() {
    let roll: u8 = rand::random();
    println!("rolled {roll}");
}
