#[derive(Debug)]
struct City {
    name: &'static str,
    pop: u32,
    temp: f64,
}

fn main() {
    let cities = [
        City { name: "Oslo", pop: 700, temp: 6.5 },
        City { name: "Lima", pop: 10000, temp: 19.2 },
        City { name: "Rome", pop: 2800, temp: 15.9 },
        City { name: "Baku", pop: 2300, temp: 15.9 },
    ];
    println!("{:?}", cities.iter().max_by_key(|c| c.pop).map(|c| c.name));
    println!("{:?}", cities.iter().min_by_key(|c| c.pop).map(|c| c.name));
    let hottest = cities.iter().max_by(|a, b| a.temp.partial_cmp(&b.temp).unwrap()).unwrap();
    println!("hottest {}", hottest.name);
    let coldest = cities.iter().min_by(|a, b| a.temp.partial_cmp(&b.temp).unwrap()).unwrap();
    println!("coldest {}", coldest.name);
    let tie_max = cities.iter().filter(|c| c.temp > 15.0 && c.temp < 16.0).max_by_key(|c| (c.temp * 10.0) as i32).unwrap();
    let tie_min = cities.iter().filter(|c| c.temp > 15.0 && c.temp < 16.0).min_by_key(|c| (c.temp * 10.0) as i32).unwrap();
    println!("ties: max picks {}, min picks {}", tie_max.name, tie_min.name);
    let nums: [i32; 4] = [4, -9, 7, -2];
    println!("{:?} {:?}", nums.iter().max(), nums.iter().min());
    println!("{:?}", nums.iter().max_by_key(|n| n.abs()));
    println!("{:?}", nums.iter().min_by_key(|n| n.abs()));
    let words = ["pear", "fig", "banana", "kiwi"];
    println!("{:?} {:?}", words.iter().max(), words.iter().min_by_key(|w| w.len()));
    let empty: Vec<i32> = vec![];
    println!("{:?}", empty.iter().max());
    println!("{:?}", [1.5f64, 0.2, 3.1].iter().cloned().fold(f64::NAN, f64::max));
}
