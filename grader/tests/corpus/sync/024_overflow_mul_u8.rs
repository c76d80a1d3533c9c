fn grow(population: u8, factor: u8) -> u8 {
    population * factor
}

fn main() {
    let mut population: u8 = 1;
    let mut generation = 0;
    loop {
        population = grow(population, 3);
        generation += 1;
        println!("generation {generation}: {population}");
    }
}
