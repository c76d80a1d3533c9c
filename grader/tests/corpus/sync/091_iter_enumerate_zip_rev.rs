fn main() {
    let names = ["ann", "bob", "cid"];
    let ages = [31, 25, 47, 99];
    for (i, name) in names.iter().enumerate() {
        println!("{i}: {name}");
    }
    for (name, age) in names.iter().zip(ages.iter()) {
        println!("{name} is {age}");
    }
    let pairs: Vec<(usize, char)> = "xyz".chars().rev().enumerate().collect();
    println!("{pairs:?}");
    let dot: i32 = [1, 2, 3].iter().zip([4, 5, 6]).map(|(a, b)| a * b).sum();
    println!("dot {dot}");
    let countdown: Vec<u32> = (1..=5).rev().collect();
    println!("{countdown:?}");
    for (i, c) in "abc".char_indices().rev() {
        print!("{i}{c} ");
    }
    println!();
    let triples: Vec<(i32, char, bool)> = [1, 2].into_iter().zip(['a', 'b']).zip([true, false]).map(|((a, b), c)| (a, b, c)).collect();
    println!("{triples:?}");
    let last_two: Vec<_> = names.iter().rev().take(2).rev().collect();
    println!("{last_two:?}");
}
