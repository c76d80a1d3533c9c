use std::collections::HashMap;

fn main() {
    let mut ages = HashMap::new();
    ages.insert("ann", 31);
    ages.insert("bob", 27);
    println!("ann is {}", ages["ann"]);
    let who = "cid";
    println!("{who} is {}", ages[who]);
}
