fn main() {
    let words = vec!["one", "two", "three"];
    println!("{}", words.join(", "));
    println!("{}", words.join(""));
    println!("{}", words.concat());
    let owned: Vec<String> = words.iter().map(|w| w.to_uppercase()).collect();
    println!("{}", owned.join("-"));
    let nested = vec![vec![1, 2], vec![], vec![3]];
    println!("{:?}", nested.concat());
    println!("{:?}", [[1, 2], [3, 4]].concat());
    println!("{:?}", [vec![1], vec![2, 3]].join(&0));
    let empty: Vec<&str> = vec![];
    println!("{:?}", empty.join("/"));
    let path = ["usr", "local", "bin"].join("/");
    println!("/{path}");
    let nums = [1, 2, 3];
    let s = nums.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(" + ");
    println!("{s} = {}", nums.iter().sum::<i32>());
}
